// string-width for source/ink/width.ts in the bundle: loaded when first asked (a line that is not plain),
// since loading it compiles its emoji patterns (~25 ms of every start otherwise).
let real;
module.exports = (text, options) => {
  real ??= require('string-width').default;
  return real(text, options);
};
