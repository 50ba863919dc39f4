// A translated sentence with an element inside it ("Written to <path>"): the
// whole sentence is one message, so each language puts the element where its
// grammar wants it; the element takes the place of one `{argument}`.
import { Fragment, type ReactNode } from 'react';
import { t, type MessageId, type MessageValues } from '../../../common/i18n';

/** A private-use character: no message or value contains it, so it marks the argument's place. */
const MARK = '\uE000';

export function sentenceWith(id: MessageId, argument: string, element: ReactNode, values: MessageValues = {}): ReactNode {
  const [before = '', after = ''] = t(id, { ...values, [argument]: MARK }).split(MARK);
  return (
    <Fragment>
      {before}
      {element}
      {after}
    </Fragment>
  );
}
