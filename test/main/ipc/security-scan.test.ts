// The policy of scripts/security-scan.mjs (what fails CI), tested without
// running Electronegativity itself; CI runs the script on the real tree.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Finding {
  id: string;
  file: string;
  line: number;
  severity: string;
  confidence: string;
  manualReview: boolean;
  description: string;
}
interface Allowlist {
  allow: { check: string; file: string; reason: string }[];
  ignorePaths: { prefix: string; reason: string }[];
}
interface ScanModule {
  loadAllowlist(text: string): Allowlist & { problems: string[] };
  judgeFindings(findings: Finding[], allowlist: Allowlist): Record<'blocking' | 'allowed' | 'informational' | 'ignored', Finding[]> & { stale: Allowlist['allow'] };
}

// A computed specifier keeps tsc from asking for declarations of the .mjs.
const scan = (await import('../../../scripts/security-scan.mjs' as string)) as ScanModule;

const finding = (id: string, severity: string, file: string): Finding => ({
  id,
  file,
  line: 1,
  severity,
  confidence: 'FIRM',
  manualReview: false,
  description: '',
});

const REASON = 'Explained at length in the test fixture.';

describe('security-scan policy', () => {
  const allowlist: Allowlist = {
    allow: [
      { check: 'SANDBOX_JS_CHECK', file: 'main/adapters/windows.ts', reason: REASON },
      { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/adapters/windows.ts', reason: REASON },
      { check: 'AUXCLICK_JS_CHECK', file: 'main/gone.ts', reason: REASON },
    ],
    ignorePaths: [{ prefix: 'test/', reason: REASON }],
  };

  it('blocks every HIGH, even one listed in the allowlist', () => {
    const verdict = scan.judgeFindings([finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'main/adapters/windows.ts')], allowlist);
    expect(verdict.blocking).toHaveLength(1);
  });

  it('allows a MEDIUM only for the listed check in the listed file', () => {
    const verdict = scan.judgeFindings(
      [
        finding('SANDBOX_JS_CHECK', 'MEDIUM', 'main/adapters/windows.ts'),
        finding('SANDBOX_JS_CHECK', 'MEDIUM', 'main/adapters/other.ts'),
        finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/adapters/windows.ts'),
        finding('CSP_GLOBAL_CHECK', 'LOW', 'renderer/popover.html'),
        finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'test/fixture.ts'),
      ],
      allowlist,
    );
    expect(verdict.allowed.map((f) => f.file)).toEqual(['main/adapters/windows.ts']);
    expect(verdict.blocking.map((f) => `${f.id} ${f.file}`)).toEqual([
      'SANDBOX_JS_CHECK main/adapters/other.ts',
      'OPEN_EXTERNAL_JS_CHECK main/adapters/windows.ts',
    ]);
    expect(verdict.informational).toHaveLength(1);
    expect(verdict.ignored).toHaveLength(1);
    expect(verdict.stale.map((a) => a.check)).toEqual(['CONTEXT_ISOLATION_JS_CHECK', 'AUXCLICK_JS_CHECK']);
  });

  it('refuses allowlist entries without a real reason', () => {
    const { problems } = scan.loadAllowlist(
      JSON.stringify({
        allow: [{ check: 'X', file: 'a.ts', reason: 'ok' }, { check: 'Y' , reason: REASON }],
        ignorePaths: [{ prefix: 'out', reason: REASON }],
      }),
    );
    expect(problems).toHaveLength(3);
  });

  it('the committed allowlist is well-formed', () => {
    const { problems, allow } = scan.loadAllowlist(readFileSync('.electronegativity/allowlist.json', 'utf8'));
    expect(problems).toEqual([]);
    expect(allow.length).toBeGreaterThan(0);
  });
});
