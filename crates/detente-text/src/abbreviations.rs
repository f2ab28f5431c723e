//! Word lists the segmenter consults: abbreviations that keep their period, contractions written
//! without an apostrophe, hyphen prefixes that stay attached, and common sentence openers.
//!
//! The lists follow the conventions of the UD English EWT treebank and of English news style.
//! All entries are lowercase; lookups lowercase their key first.

/// Abbreviations written with a final period, without it and lowercased. The period stays in the
/// token (`Dr.`, `U.S.`); whether a sentence ends there is decided separately.
const ABBREVIATIONS: &[&str] = &[
    // Titles and ranks.
    "mr", "mrs", "ms", "messrs", "mmes", "dr", "drs", "prof", "rev", "fr", "sr", "jr", "st", "hon",
    "gen", "lt", "col", "maj", "capt", "cpt", "cmdr", "cdr", "adm", "sgt", "cpl", "pvt", "gov",
    "sen", "rep", "reps", "sens", "pres", "supt", "insp", "det", "amb", "atty", "esq", "ph", "mt",
    "ft", "pte", "brig", "lieut", "cmdt", "rt", "sec", "secy", "treas", "asst", "assoc", "dir",
    "mgr", // Months and days.
    "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mar",
    // Organisations and addresses.
    "inc", "corp", "co", "ltd", "llc", "plc", "bros", "dept", "univ", "assn", "ave", "blvd", "rd",
    "hwy", "pl", "sq", "ste", "apt", "bldg", "no", "nos", "vol", "vols", "pp", "p", "ch", "fig",
    "figs", "eds", "ext", "attn", "approx", "dept", "intl", "natl",
    "govt", // Latin and common.
    "etc", "vs", "v", "cf", "viz", "al", "ca", "circa", "ibid", "op", "ie", "eg", "aka", "i.e",
    "e.g", "a.k.a", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "n.y", "l.a", "u.s.a",
    "u.a.e", "u.s.s.r", "ph.d", "b.a", "m.a", "m.d", "b.s", "m.s", "r.i.p", "p.s", "p.o",
    "r.s.v.p", "o.k", "t.v", "a.d", "b.c", "jan", "lb", "lbs", "oz", "qt", "mi", "km", "kg", "cm",
    "mm", "sq", "avg", "refs", "incl", "excl",
    // US states and Canadian provinces as used in datelines.
    "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "kan", "kans", "ky", "md", "mich", "minn",
    "mont", "neb", "nebr", "nev", "okla", "penn", "tenn", "tex", "vt", "va", "wis", "wisc", "wyo",
    "ont", "que", "alta", "sask",
];

/// Abbreviations that normally precede a name or a number, so that a capitalised word after them
/// does not start a sentence (`Dr. Smith`, `No. 10`, `Jan. 5`).
const PREFIX_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "drs", "prof", "rev", "fr", "st", "hon", "gen", "lt", "col",
    "maj", "capt", "cpt", "cmdr", "cdr", "adm", "sgt", "cpl", "pvt", "gov", "sen", "rep", "reps",
    "sens", "pres", "supt", "insp", "det", "amb", "atty", "mt", "ft", "pte", "brig", "lieut",
    "cmdt", "rt", "no", "nos", "vol", "vols", "pp", "p", "ch", "art", "fig", "figs", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "v", "cf", "viz",
    "ca", "circa", "op", "tel", "fax", "ext", "attn", "approx",
];

/// Abbreviations that usually end a sentence when they end a clause: after them, any
/// capitalised word starts a new sentence.
const FINAL_ABBREVIATIONS: &[&str] = &["etc", "a.m", "p.m", "i.e", "e.g"];

/// Contractions written without an apostrophe, split into words the way EWT does. The lookup in
/// [`bare_contraction`] is a `match` over the same entries (for speed); a test keeps them equal.
#[cfg(test)]
const BARE_CONTRACTIONS: &[(&str, &[usize])] = &[
    // (word, lengths of the words it splits into)
    ("cannot", &[3, 3]),
    ("gonna", &[3, 2]),
    ("wanna", &[3, 2]),
    ("gotta", &[3, 2]),
    ("outta", &[3, 2]),
    ("dunno", &[2, 1, 2]),
    ("lemme", &[3, 2]),
    ("gimme", &[3, 2]),
    ("dont", &[2, 2]),
    ("didnt", &[3, 2]),
    ("doesnt", &[4, 2]),
    ("isnt", &[2, 2]),
    ("wasnt", &[3, 2]),
    ("arent", &[3, 2]),
    ("werent", &[4, 2]),
    ("havent", &[4, 2]),
    ("hasnt", &[3, 2]),
    ("hadnt", &[3, 2]),
    ("couldnt", &[5, 2]),
    ("wouldnt", &[5, 2]),
    ("shouldnt", &[6, 2]),
    ("aint", &[2, 2]),
    ("wont", &[2, 2]),
    ("cant", &[2, 2]),
    ("im", &[1, 1]),
    ("ive", &[1, 2]),
    ("youre", &[3, 2]),
    ("theyre", &[4, 2]),
    ("youll", &[3, 2]),
    ("itll", &[2, 2]),
    ("thats", &[4, 1]),
    ("whats", &[4, 1]),
    ("theres", &[5, 1]),
];

/// Prefixes that stay attached to the rest of a hyphenated word in EWT (`non-violence`,
/// `e-mail`); other hyphens between letters are split off (`long - term`).
const HYPHEN_PREFIXES: &[&str] = &[
    "e", "non", "mid", "pre", "anti", "re", "post", "co", "over", "pro", "multi", "ex", "sub",
    "semi", "cross", "neo", "psycho", "socio", "counter", "arch", "inter", "intra", "ultra",
    "micro", "macro", "bi", "tri", "geo", "quasi", "pseudo", "trans", "un", "vice", "x", "t", "u",
    "a", "b", "c", "d", "f", "g", "h", "i", "j", "k", "l", "n", "o", "p", "q", "r", "s", "v", "w",
    "y", "z",
];

/// Units and time markers split from a preceding number (`5kg` → `5 kg`, `3pm` → `3 pm`).
const NUMBER_SUFFIX_UNITS: &[&str] = &[
    "am", "pm", "a.m.", "p.m.", "kg", "km", "mm", "cm", "m", "mi", "ft", "lb", "lbs", "oz", "mph",
    "kph", "kmh", "hrs", "hr", "h", "min", "mins", "sec", "secs", "bn", "mn", "gb", "mb", "tb",
    "kb", "gw", "mw", "kw", "kwh", "mwh", "ghz", "mhz", "bpd", "yrs", "yr", "days", "day", "x",
    "k", "million", "billion",
];

/// Words that often open a sentence; after an ambiguous period, a capitalised one of these makes a
/// sentence boundary more likely than a name would.
const SENTENCE_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "but",
    "and",
    "or",
    "so",
    "in",
    "on",
    "at",
    "for",
    "with",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "however",
    "meanwhile",
    "moreover",
    "also",
    "after",
    "before",
    "when",
    "while",
    "if",
    "as",
    "since",
    "although",
    "though",
    "yet",
    "still",
    "then",
    "now",
    "today",
    "yesterday",
    "last",
    "earlier",
    "later",
    "some",
    "many",
    "most",
    "all",
    "both",
    "no",
    "not",
    "one",
    "two",
    "three",
    "what",
    "why",
    "how",
    "who",
    "where",
    "officials",
    "analysts",
    "critics",
];

fn contains(list: &[&str], key: &str) -> bool {
    list.contains(&key)
}

/// Lowercases ASCII into a small stack buffer when the word is short; long words are never in the
/// lists.
fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> Option<R> {
    let bytes = word.as_bytes();
    if bytes.len() > 16 || !word.is_ascii() {
        return None;
    }
    let mut buffer = [0u8; 16];
    for (slot, byte) in buffer.iter_mut().zip(bytes) {
        *slot = byte.to_ascii_lowercase();
    }
    // Lowercasing ASCII keeps it valid UTF-8.
    let lower = std::str::from_utf8(&buffer[..bytes.len()]).ok()?;
    Some(f(lower))
}

/// True when `stem` (a word without its final period) is a known abbreviation.
pub(crate) fn is_abbreviation(stem: &str) -> bool {
    let index = ABBREVIATION_INDEX.get_or_init(|| ABBREVIATIONS.iter().copied().collect());
    with_lowercase(stem, |lower| index.contains(lower)).unwrap_or(false)
}

/// True when `stem` is an abbreviation after which a capitalised word starts a sentence.
pub(crate) fn is_final_abbreviation(stem: &str) -> bool {
    with_lowercase(stem, |lower| FINAL_ABBREVIATIONS.contains(&lower)).unwrap_or(false)
}

/// True when `stem` is an abbreviation that precedes names or numbers (`Dr`, `No`, `Jan`).
pub(crate) fn is_prefix_abbreviation(stem: &str) -> bool {
    let index =
        PREFIX_ABBREVIATION_INDEX.get_or_init(|| PREFIX_ABBREVIATIONS.iter().copied().collect());
    with_lowercase(stem, |lower| index.contains(lower)).unwrap_or(false)
}

/// Word lengths of an apostrophe-less contraction (`dont` → `[2, 2]`).
pub(crate) fn bare_contraction(word: &str) -> Option<&'static [usize]> {
    let bytes = word.as_bytes();
    if !(2..=8).contains(&bytes.len()) {
        return None;
    }
    // Every entry ends in one of these letters; most words are rejected here.
    if !matches!(
        bytes[bytes.len() - 1] | 0x20,
        b't' | b'a' | b'o' | b'e' | b'm' | b'l' | b's'
    ) {
        return None;
    }
    let mut buffer = [0u8; 8];
    for (slot, byte) in buffer.iter_mut().zip(bytes) {
        *slot = byte.to_ascii_lowercase();
    }
    let parts: &'static [usize] = match &buffer[..bytes.len()] {
        b"cannot" => &[3, 3],
        b"gonna" => &[3, 2],
        b"wanna" => &[3, 2],
        b"gotta" => &[3, 2],
        b"outta" => &[3, 2],
        b"dunno" => &[2, 1, 2],
        b"lemme" => &[3, 2],
        b"gimme" => &[3, 2],
        b"dont" => &[2, 2],
        b"didnt" => &[3, 2],
        b"doesnt" => &[4, 2],
        b"isnt" => &[2, 2],
        b"wasnt" => &[3, 2],
        b"arent" => &[3, 2],
        b"werent" => &[4, 2],
        b"havent" => &[4, 2],
        b"hasnt" => &[3, 2],
        b"hadnt" => &[3, 2],
        b"couldnt" => &[5, 2],
        b"wouldnt" => &[5, 2],
        b"shouldnt" => &[6, 2],
        b"aint" => &[2, 2],
        b"wont" => &[2, 2],
        b"cant" => &[2, 2],
        b"im" => &[1, 1],
        b"ive" => &[1, 2],
        b"youre" => &[3, 2],
        b"theyre" => &[4, 2],
        b"youll" => &[3, 2],
        b"itll" => &[2, 2],
        b"thats" => &[4, 1],
        b"whats" => &[4, 1],
        b"theres" => &[5, 1],
        _ => return None,
    };
    Some(parts)
}

static ABBREVIATION_INDEX: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
    std::sync::OnceLock::new();
static PREFIX_ABBREVIATION_INDEX: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
    std::sync::OnceLock::new();

/// True when a hyphen after `prefix` keeps the word whole.
pub(crate) fn is_hyphen_prefix(prefix: &str) -> bool {
    with_lowercase(prefix, |lower| contains(HYPHEN_PREFIXES, lower)).unwrap_or(false)
}

/// True when `suffix` after digits is a unit to split off.
pub(crate) fn is_number_unit(suffix: &str) -> bool {
    with_lowercase(suffix, |lower| contains(NUMBER_SUFFIX_UNITS, lower)).unwrap_or(false)
}

/// True when `word` is a common sentence opener.
pub(crate) fn is_sentence_opener(word: &str) -> bool {
    with_lowercase(word, |lower| contains(SENTENCE_OPENERS, lower)).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_ignore_case() {
        assert!(is_abbreviation("Dr"));
        assert!(is_abbreviation("U.S"));
        assert!(is_prefix_abbreviation("Gen"));
        assert!(!is_prefix_abbreviation("Inc"));
        assert_eq!(bare_contraction("Cannot"), Some(&[3usize, 3][..]));
        assert!(is_hyphen_prefix("Non"));
        assert!(is_sentence_opener("The"));
        assert!(!is_abbreviation("averyveryverylongwordindeed"));
    }

    #[test]
    fn contraction_parts_add_up() {
        for (word, parts) in BARE_CONTRACTIONS {
            assert_eq!(parts.iter().sum::<usize>(), word.len(), "{word}");
            assert_eq!(bare_contraction(word), Some(*parts), "{word}");
            assert_eq!(
                bare_contraction(&word.to_uppercase()),
                Some(*parts),
                "{word}"
            );
        }
        assert_eq!(bare_contraction("don"), None);
        assert_eq!(bare_contraction("its"), None);
    }
}
