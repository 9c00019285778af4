// Importing this module defines <claim-lens>:
//   <script type="module" src="…/claimlens/register.js"></script>
// or, with a bundler: import 'claimlens/element';
import { defineElement } from './element.js';

defineElement();
