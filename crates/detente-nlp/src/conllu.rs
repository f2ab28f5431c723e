//! CoNLL-U: the Universal Dependencies file format, read and written without loss.
//!
//! A file is a sequence of sentences separated by blank lines. Each sentence has `#` comment lines
//! and one line per word (`1`), multiword token (`1-2`) or empty node (`1.1`), ten tab-separated
//! columns each. Reading keeps every comment and column, so writing a read file gives it back.

use std::fmt::{self, Write as _};

/// One syntactic word (an integer-numbered line).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Word {
    /// 1-based position in the sentence.
    pub id: usize,
    /// Word form.
    pub form: String,
    /// Lemma.
    pub lemma: String,
    /// Universal part of speech.
    pub upos: String,
    /// Language-specific part of speech (Penn Treebank for English).
    pub xpos: String,
    /// Morphological features, `_` when none.
    pub feats: String,
    /// Head word id, 0 for the root; `None` when the column is `_`.
    pub head: Option<usize>,
    /// Dependency relation to the head.
    pub deprel: String,
    /// Enhanced dependencies.
    pub deps: String,
    /// Anything else (`SpaceAfter=No`, …).
    pub misc: String,
}

/// A multiword token (a `first-last` line): one surface token made of several words.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MultiwordToken {
    /// Id of the first word.
    pub first: usize,
    /// Id of the last word.
    pub last: usize,
    /// Surface form.
    pub form: String,
    /// The MISC column.
    pub misc: String,
}

/// An empty node (a `n.m` line) of enhanced dependencies, kept verbatim.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmptyNode {
    /// The whole line.
    pub line: String,
    /// Id of the word it follows.
    pub after: usize,
}

/// One sentence with its comments.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sentence {
    /// Comment lines without the leading `# `, in order.
    pub comments: Vec<String>,
    /// Words in order; `words[i].id == i + 1`.
    pub words: Vec<Word>,
    /// Multiword tokens in order.
    pub multiword_tokens: Vec<MultiwordToken>,
    /// Empty nodes in order.
    pub empty_nodes: Vec<EmptyNode>,
}

/// A format error: the line it is on (1-based) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct Error {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl Sentence {
    /// The value of a `# key = value` comment.
    pub fn comment_value(&self, key: &str) -> Option<&str> {
        self.comments.iter().find_map(|comment| {
            let rest = comment.strip_prefix(key)?;
            let rest = rest.trim_start();
            rest.strip_prefix('=').map(str::trim)
        })
    }

    /// The `# text = …` comment.
    pub fn text(&self) -> Option<&str> {
        self.comment_value("text")
    }

    /// The `# sent_id = …` comment.
    pub fn sent_id(&self) -> Option<&str> {
        self.comment_value("sent_id")
    }

    /// True when a `# newdoc` comment starts a new document here.
    pub fn starts_document(&self) -> bool {
        self.comments
            .iter()
            .any(|c| c == "newdoc" || c.starts_with("newdoc "))
    }

    /// True when a `# newpar` comment starts a new paragraph here.
    pub fn starts_paragraph(&self) -> bool {
        self.comments
            .iter()
            .any(|c| c == "newpar" || c.starts_with("newpar "))
    }

    /// The surface tokens in order: each multiword token once, every other word as itself.
    pub fn surface_tokens(&self) -> Vec<&str> {
        let mut tokens = Vec::with_capacity(self.words.len());
        let mut multiword = self.multiword_tokens.iter().peekable();
        let mut id = 1;
        while id <= self.words.len() {
            match multiword.peek() {
                Some(token) if token.first == id => {
                    tokens.push(token.form.as_str());
                    id = token.last + 1;
                    multiword.next();
                }
                _ => {
                    tokens.push(self.words[id - 1].form.as_str());
                    id += 1;
                }
            }
        }
        tokens
    }
}

/// Reads every sentence of a CoNLL-U text.
pub fn parse(text: &str) -> Result<Vec<Sentence>, Error> {
    let mut sentences = Vec::new();
    let mut current = Sentence::default();
    let mut has_content = false;
    for (index, raw_line) in text.lines().enumerate() {
        let line_number = index + 1;
        let line = raw_line.strip_suffix('\r').unwrap_or(raw_line);
        if line.trim().is_empty() {
            if has_content {
                check_sentence(&current, line_number)?;
                sentences.push(std::mem::take(&mut current));
                has_content = false;
            }
            continue;
        }
        has_content = true;
        if let Some(comment) = line.strip_prefix('#') {
            current
                .comments
                .push(comment.strip_prefix(' ').unwrap_or(comment).to_string());
            continue;
        }
        parse_line(line, line_number, &mut current)?;
    }
    if has_content {
        check_sentence(&current, text.lines().count())?;
        sentences.push(current);
    }
    Ok(sentences)
}

fn parse_line(line: &str, line_number: usize, sentence: &mut Sentence) -> Result<(), Error> {
    let error = |message: String| Error {
        line: line_number,
        message,
    };
    let columns: Vec<&str> = line.split('\t').collect();
    if columns.len() != 10 {
        return Err(error(format!(
            "expected 10 tab-separated columns, found {}",
            columns.len()
        )));
    }
    let id = columns[0];
    if let Some((first, last)) = id.split_once('-') {
        let first = parse_id(first).ok_or_else(|| error(format!("bad token range `{id}`")))?;
        let last = parse_id(last).ok_or_else(|| error(format!("bad token range `{id}`")))?;
        if first > last || first != sentence.words.len() + 1 {
            return Err(error(format!("token range `{id}` out of order")));
        }
        sentence.multiword_tokens.push(MultiwordToken {
            first,
            last,
            form: columns[1].to_string(),
            misc: columns[9].to_string(),
        });
        return Ok(());
    }
    if let Some((after, _)) = id.split_once('.') {
        let after = after
            .parse::<usize>()
            .map_err(|_| error(format!("bad empty node id `{id}`")))?;
        sentence.empty_nodes.push(EmptyNode {
            line: line.to_string(),
            after,
        });
        return Ok(());
    }
    let id = parse_id(id).ok_or_else(|| error(format!("bad word id `{id}`")))?;
    if id != sentence.words.len() + 1 {
        return Err(error(format!("word id {id} out of order")));
    }
    let head = match columns[6] {
        "_" => None,
        value => Some(
            value
                .parse::<usize>()
                .map_err(|_| error(format!("bad head `{value}`")))?,
        ),
    };
    sentence.words.push(Word {
        id,
        form: columns[1].to_string(),
        lemma: columns[2].to_string(),
        upos: columns[3].to_string(),
        xpos: columns[4].to_string(),
        feats: columns[5].to_string(),
        head,
        deprel: columns[7].to_string(),
        deps: columns[8].to_string(),
        misc: columns[9].to_string(),
    });
    Ok(())
}

fn parse_id(text: &str) -> Option<usize> {
    text.parse::<usize>().ok().filter(|&id| id > 0)
}

fn check_sentence(sentence: &Sentence, line_number: usize) -> Result<(), Error> {
    let count = sentence.words.len();
    if count == 0 {
        return Err(Error {
            line: line_number,
            message: "sentence without words".to_string(),
        });
    }
    for word in &sentence.words {
        if word.head.is_some_and(|head| head > count) {
            return Err(Error {
                line: line_number,
                message: format!(
                    "word {} has head {} beyond the sentence",
                    word.id,
                    word.head.unwrap_or(0)
                ),
            });
        }
    }
    if let Some(token) = sentence
        .multiword_tokens
        .iter()
        .find(|token| token.last > count)
    {
        return Err(Error {
            line: line_number,
            message: format!(
                "token range {}-{} beyond the sentence",
                token.first, token.last
            ),
        });
    }
    Ok(())
}

/// Writes sentences back in CoNLL-U, each followed by a blank line.
pub fn write(sentences: &[Sentence]) -> String {
    let mut out = String::new();
    for sentence in sentences {
        // Writing into a String cannot fail.
        let _ = write_sentence(&mut out, sentence);
    }
    out
}

fn write_sentence(out: &mut String, sentence: &Sentence) -> fmt::Result {
    for comment in &sentence.comments {
        if comment.is_empty() {
            writeln!(out, "#")?;
        } else {
            writeln!(out, "# {comment}")?;
        }
    }
    let mut multiword = sentence.multiword_tokens.iter().peekable();
    let mut empty = sentence.empty_nodes.iter().peekable();
    while let Some(node) = empty.next_if(|node| node.after == 0) {
        writeln!(out, "{}", node.line)?;
    }
    for word in &sentence.words {
        while let Some(token) = multiword.next_if(|token| token.first == word.id) {
            writeln!(
                out,
                "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
                token.first, token.last, token.form, token.misc
            )?;
        }
        let head = word
            .head
            .map_or_else(|| "_".to_string(), |head| head.to_string());
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            word.id,
            word.form,
            word.lemma,
            word.upos,
            word.xpos,
            word.feats,
            head,
            word.deprel,
            word.deps,
            word.misc
        )?;
        while let Some(node) = empty.next_if(|node| node.after == word.id) {
            writeln!(out, "{}", node.line)?;
        }
    }
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str =
        "# newdoc id = d1\n# text = I don't.\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n";

    #[test]
    fn rejects_out_of_order_range() {
        let error = parse(SAMPLE).unwrap_err();
        assert_eq!(error.line, 3);
    }

    #[test]
    fn round_trips_a_sentence_with_a_multiword_token() {
        let text = "# newdoc id = d1\n# text = I don't.\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t3:nsubj\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\tdo\tdo\tAUX\tVBP\t_\t0\troot\t0:root\t_\n3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t2:advmod\tSpaceAfter=No\n4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t2:punct\t_\n\n";
        let sentences = parse(text);
        // Heads are checked, not whether the tree is sensible.
        let sentences = sentences.unwrap();
        assert_eq!(sentences[0].surface_tokens(), vec!["I", "don't", "."]);
        assert!(sentences[0].starts_document());
        assert_eq!(sentences[0].text(), Some("I don't."));
        assert_eq!(write(&sentences), text);
    }
}
