//! Reading and writing CoNLL-U, scoring against a treebank, and the tagger, lemmatizer and
//! dependency parser trained on UD English EWT.
//!
//! The rest of detente uses [`pipeline::Analyzer`]: it holds the models shipped in the
//! repository and turns a sentence's words into tags, lemmas and a dependency tree.
#![deny(missing_docs)]

pub mod conllu;
pub mod features;
pub mod irregular;
pub mod lemmatizer;
pub mod model;
pub mod parser;
pub mod pipeline;
pub mod score;
pub mod tagger;
