//! Scoring annotations against a gold corpus (placeholder, being written).
