function f() { const g = () => 1; function h() { return 2; } return g() + h(); }
console.log(f.toString());
