// Importing `claimlens/element` defines <claim-lens>; it exports nothing.
export {};
