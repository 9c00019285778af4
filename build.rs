//! Build settings for the WebAssembly module.
//!
//! The wasm stack is 128 KiB instead of rustc's default 1 MiB: the engine
//! keeps its data on the heap and recurses only a few levels (every text of
//! the corpus, PolNeAR and the fuzz corpus annotates with 16 KiB), and the
//! stack's reservation is part of the module's memory from the start, a
//! megabyte the page never uses. Rust places the wasm stack below its data,
//! so an overflow traps (a thrown `RuntimeError`) rather than corrupting
//! memory. Only the `cdylib` (the module shipped in `pkg/`) is affected; test
//! binaries keep the default.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-cdylib=-zstack-size=131072");
    }
}
