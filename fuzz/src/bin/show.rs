//! Prints the text a fuzz input stands for, as a Rust string literal, and
//! runs the checks on it outside libFuzzer (a panic shows its message):
//!
//! ```text
//! cargo run --bin show -- artifacts/annotate/crash-…
//! ```

fn main() {
    for path in std::env::args().skip(1) {
        let data = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let input = claimlens_fuzz::decode(&data);
        println!("{path}: mode {:?}, text {:?}", input.mode, input.text);
        if let Some(units) = &input.units {
            println!("  UTF-16 units: {units:04x?}");
        }
        claimlens_fuzz::run(&input);
        println!("  passes every check");
    }
}
