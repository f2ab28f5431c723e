//! Reading and writing CoNLL-U, and scoring segmentation against a treebank.
//!
//! The tagger, lemmatizer and dependency parser trained on UD English EWT live here too.
#![deny(missing_docs)]

pub mod conllu;
pub mod parser;
pub mod score;
