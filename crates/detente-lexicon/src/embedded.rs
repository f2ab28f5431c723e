//! The built-in lexicon, embedded at build time by `build.rs` from the repository's `lexicon/`.

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
