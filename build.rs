//! Link settings that are ours to choose (nothing is generated here).

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    // Linux with glibc 2.36 or later (Debian 12): relative relocations
    // packed (DT_RELR). The program is position-independent, so the loader
    // fixes up every pointer in its read-only data at start; as RELA that
    // table is 1.4 MB the loader reads (and keeps resident) before the
    // first line of main, as RELR a few KiB.
    if os == "linux" && env == "gnu" {
        println!("cargo::rustc-link-arg=-Wl,-z,pack-relative-relocs");
    }
}
