// Tests build keys from the one plain Key the router uses.
export { plainKey } from '../../source/input/keyName.js';
