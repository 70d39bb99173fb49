// Placeholder until the Figures page is built (issue 9, part 2): replace this module's body.
import { put, heading, empty } from '../js/dom.js';

export const title = 'Figures';

export async function render(main) {
  put(main, heading('Figures'), empty('This page is not built yet.'));
}
