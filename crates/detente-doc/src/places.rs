//! Places: a gazetteer of countries, first-level divisions and cities, place names found in
//! parsed sentences, and event locations from locative phrases and datelines.
//!
//! # Design note
//! **What.** [`Gazetteer::builtin`] is a table derived from GeoNames and ISO 3166 by
//! `scripts/derive_gazetteer.py` (format: `crates/detente-doc/data/README.md`), compiled in and
//! indexed once per process. [`find_places`] matches gazetteer names against runs of
//! capitalised words that hold a proper noun, longest first, and drops a name that is part of
//! a longer name ("Washington Post", "Paris Agreement", "Georgia Tech"), a hyphenated
//! modifier ("Obama-era") and a short acronym that is not a country's ("UN" is not Un, India;
//! "US" and "UK" are countries). [`annotate_places`]
//! gives each event, in order: the most specific place in a locative phrase of its clause that
//! modifies the event itself — hangs from a word of the predicate or from a verb, not from
//! another noun ("in Beijing", "held talks at the Boao Forum in China's Hainan Province", "in
//! the Syrian town of Baghuz"; not "condemned the use of chemical weapons in Douma"); else,
//! for physical violence (CAMEO roots 18–20), the place its target names ("shelled Kharkiv");
//! else the place of the dateline before its sentence (`MOSCOW (Reuters) -`); else nothing.
//!
//! **Ambiguity.** A name with places in several countries (Georgia, Paris, Hyderabad) is
//! resolved by population when one country's candidate outnumbers every other's fifty to one
//! (Paris, France over Paris, Texas); else by the countries the article is about — the
//! countries of its events' actors and of its unambiguous places — with a neighbouring country
//! counting for less ("Georgia" in an article about Russia is the country); else by a
//! five-to-one population margin; else it stays unresolved (a diagnostic, no location). Within
//! one country a division word decides ("Hainan Province", "province of Idlib"), then the
//! place's own name over an alternate one, then a city over a division over a country,
//! except that a city known by the name as an alternate wins over the division it lies in
//! ("New York").
//!
//! **Rejected.** Any place named in the sentence: the target of "struck Kharkiv" is not where
//! the striking was reported from, and "sanctions on Iran" is not a location. Matching
//! lower-case words: "nice", "reading" and "mobile" are towns too.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use detente_code::{CodedArticle, EventActor, EventLocation, KnownPlace, SentenceWord};
use detente_text::{SentenceKind, Span};

use crate::dates::{SentenceView, Tree};

/// The table compiled into the binary.
const BUILTIN: &str = include_str!("../data/gazetteer.tsv");

/// A gazetteer: places and an index of their names.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    places: Vec<Place>,
    names: HashMap<String, Vec<NameEntry>>,
    countries: HashMap<String, usize>,
    longest_name: usize,
}

/// One place of the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// GeoNames id, or ISO 3166-2 code for divisions GeoNames data does not name.
    pub id: String,
    /// Country, first-level division or city.
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-3 code of its country.
    pub country: String,
    /// First-level division code within the country (GeoNames' or ISO 3166-2's), or empty.
    pub admin1: String,
    /// Latitude in degrees, when known.
    pub lat: Option<f64>,
    /// Longitude in degrees, when known.
    pub lon: Option<f64>,
    /// Population (for divisions, the sum of their cities'), 0 when unknown.
    pub population: u64,
    /// For a country, the ISO 3166-1 alpha-3 codes of its neighbours.
    pub neighbours: Vec<String>,
    /// The place's own name.
    pub name: String,
}

/// What kind of place a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceKind {
    /// A city or town.
    City,
    /// A first-level division (province, state, region).
    Admin1,
    /// A country or territory with its own ISO 3166-1 code.
    Country,
}

#[derive(Debug, Clone, Copy)]
struct NameEntry {
    place: u32,
    primary: bool,
}

/// A problem in a gazetteer table.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("gazetteer line {line}: {message}")]
pub struct GazetteerError {
    /// Line number, from 1.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// A place name found in a sentence, with the gazetteer entries it may name.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMention {
    /// The name as written (with a following division word: "Hainan Province").
    pub text: String,
    /// Its byte span in the article text.
    pub span: Span,
    /// Indices of its words in the sentence, from 0.
    pub words: Range<usize>,
    /// Indices of the candidate places in the gazetteer ([`Gazetteer::place`]).
    pub candidates: Vec<usize>,
    /// True when a division word names it a province, state or region.
    pub division: bool,
}

/// The countries an article is about, to resolve ambiguous names: ISO 3166-1 alpha-3 codes
/// with how often they occur.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleCountries {
    counts: HashMap<String, usize>,
}

impl ArticleCountries {
    /// Counts one more mention of `country`.
    pub fn add(&mut self, country: &str) {
        *self.counts.entry(country.to_string()).or_default() += 1;
    }

    /// Counts the country of a place name whose candidates all lie in one country.
    pub fn add_unambiguous(&mut self, mention: &PlaceMention, gazetteer: &Gazetteer) {
        let mut in_countries = mention
            .candidates
            .iter()
            .filter_map(|&candidate| gazetteer.place(candidate))
            .map(|place| place.country.as_str());
        if let Some(first) = in_countries.next() {
            if in_countries.all(|country| country == first) {
                self.add(first);
            }
        }
    }

    /// True when the article mentions `country`.
    pub fn contains(&self, country: &str) -> bool {
        self.counts.contains_key(country)
    }
}

impl Gazetteer {
    /// The gazetteer compiled into the binary (GeoNames and ISO 3166), parsed once per
    /// process.
    pub fn builtin() -> &'static Gazetteer {
        static BUILT: OnceLock<Gazetteer> = OnceLock::new();
        BUILT.get_or_init(|| Gazetteer::parse(BUILTIN).0)
    }

    /// Parses a table in the format of `data/README.md`. Bad lines are skipped and reported;
    /// the rest is usable.
    pub fn parse(table: &str) -> (Gazetteer, Vec<GazetteerError>) {
        let mut gazetteer = Gazetteer::default();
        let mut errors = Vec::new();
        for (number, line) in table.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            match parse_line(line) {
                Ok((place, others)) => gazetteer.insert(place, &others),
                Err(message) => errors.push(GazetteerError {
                    line: number + 1,
                    message,
                }),
            }
        }
        (gazetteer, errors)
    }

    fn insert(&mut self, place: Place, others: &[&str]) {
        let Ok(index) = u32::try_from(self.places.len()) else {
            return;
        };
        let mut add = |name: &str, primary: bool| {
            let key = name_key(name);
            if key.is_empty() {
                return;
            }
            self.longest_name = self.longest_name.max(key.split(' ').count());
            let entries = self.names.entry(key).or_default();
            if !entries.iter().any(|entry| entry.place == index) {
                entries.push(NameEntry {
                    place: index,
                    primary,
                });
            }
        };
        add(&place.name, true);
        for other in others {
            add(other, false);
        }
        if place.kind == PlaceKind::Country {
            self.countries
                .entry(place.country.clone())
                .or_insert(self.places.len());
        }
        self.places.push(place);
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// True when the gazetteer holds no place.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// The place at `index`.
    pub fn place(&self, index: usize) -> Option<&Place> {
        self.places.get(index)
    }

    /// Indices of the places called `name` (any case, any of their names).
    pub fn lookup(&self, name: &str) -> Vec<usize> {
        self.names
            .get(&name_key(name))
            .map(|entries| entries.iter().map(|entry| entry.place as usize).collect())
            .unwrap_or_default()
    }

    /// Resolves a mention to one place using the article's countries, or explains why not.
    pub fn resolve(
        &self,
        mention: &PlaceMention,
        countries: &ArticleCountries,
        prefer_city: bool,
    ) -> Result<&Place, String> {
        let key = name_key(mention.text_without_division());
        let primary_of = |place: usize| {
            self.names.get(&key).is_some_and(|entries| {
                entries
                    .iter()
                    .any(|entry| entry.place as usize == place && entry.primary)
            })
        };
        let mut groups: Vec<(&str, Vec<usize>)> = Vec::new();
        for &candidate in &mention.candidates {
            let Some(place) = self.places.get(candidate) else {
                continue;
            };
            match groups
                .iter_mut()
                .find(|(country, _)| *country == place.country)
            {
                Some((_, members)) => members.push(candidate),
                None => groups.push((&place.country, vec![candidate])),
            }
        }
        let population = |members: &[usize]| {
            members
                .iter()
                .filter_map(|&member| self.places.get(member))
                .map(|place| place.population)
                .max()
                .unwrap_or(0)
        };
        let dominant = |groups: &[(&str, Vec<usize>)], margin: u64| -> Option<usize> {
            let (best, best_population) = groups
                .iter()
                .enumerate()
                .map(|(index, (_, members))| (index, population(members)))
                .max_by_key(|(_, population)| *population)?;
            (best_population > 0
                && groups.iter().enumerate().all(|(index, (_, members))| {
                    index == best || population(members).saturating_mul(margin) <= best_population
                }))
            .then_some(best)
        };
        if groups.is_empty() {
            return Err(format!("place '{}' has no gazetteer entry", mention.text));
        }
        let chosen = if groups.len() == 1 {
            groups.first().map(|(_, members)| members.clone())
        } else if let Some(best) = dominant(&groups, 50) {
            Some(groups[best].1.clone())
        } else {
            let score = |country: &str| -> u8 {
                if countries.contains(country) {
                    return 2;
                }
                let neighbour = self
                    .country_place(country)
                    .is_some_and(|place| place.neighbours.iter().any(|n| countries.contains(n)));
                u8::from(neighbour)
            };
            let top = groups.iter().map(|(country, _)| score(country)).max();
            let tied: Vec<(&str, Vec<usize>)> = groups
                .iter()
                .filter(|(country, _)| Some(score(country)) == top)
                .cloned()
                .collect();
            if tied.len() == 1 {
                Some(tied[0].1.clone())
            } else {
                dominant(&tied, 5).map(|best| tied[best].1.clone())
            }
        };
        let Some(members) = chosen else {
            let mut countries: Vec<&str> = groups.iter().map(|(country, _)| *country).collect();
            countries.sort_unstable();
            return Err(format!(
                "place '{}' is ambiguous ({}); left empty",
                mention.text,
                countries.join(", ")
            ));
        };
        self.pick_in_country(&members, mention.division, prefer_city, &primary_of)
            .ok_or_else(|| format!("place '{}' has no gazetteer entry", mention.text))
    }

    fn pick_in_country(
        &self,
        members: &[usize],
        division: bool,
        prefer_city: bool,
        primary_of: &dyn Fn(usize) -> bool,
    ) -> Option<&Place> {
        let places: Vec<(usize, &Place)> = members
            .iter()
            .filter_map(|&index| self.places.get(index).map(|place| (index, place)))
            .collect();
        if division {
            if let Some(place) = places
                .iter()
                .filter(|(_, place)| place.kind == PlaceKind::Admin1)
                .max_by_key(|(_, place)| place.population)
            {
                return Some(place.1);
            }
        }
        let rank = |index: usize, place: &Place| {
            let kind = match place.kind {
                PlaceKind::City => 0,
                PlaceKind::Admin1 => 1,
                PlaceKind::Country => 2,
            };
            (
                u8::from(!(prefer_city && place.kind == PlaceKind::City)),
                u8::from(!primary_of(index)),
                kind,
                u64::MAX - place.population,
            )
        };
        let best = places
            .iter()
            .min_by_key(|(index, place)| rank(*index, place))?;
        // A city known by the name as an alternate ("New York") beats the division it lies in,
        // or one it mostly makes up.
        if best.1.kind == PlaceKind::Admin1 {
            if let Some(city) = places
                .iter()
                .filter(|(_, place)| place.kind == PlaceKind::City)
                .max_by_key(|(_, place)| place.population)
            {
                if city.1.admin1 == best.1.admin1
                    || city.1.population.saturating_mul(2) >= best.1.population
                {
                    return Some(city.1);
                }
            }
        }
        Some(best.1)
    }

    fn country_place(&self, country: &str) -> Option<&Place> {
        self.places.get(*self.countries.get(country)?)
    }
}

impl PlaceMention {
    fn text_without_division(&self) -> &str {
        if !self.division {
            return &self.text;
        }
        match self.text.rfind(' ') {
            Some(position) if DIVISION_WORDS.contains(&&self.text[position + 1..]) => {
                &self.text[..position]
            }
            _ => &self.text,
        }
    }
}

/// Words after a name that make it a first-level division ("Hainan Province").
const DIVISION_WORDS: [&str; 8] = [
    "Province",
    "State",
    "Region",
    "Oblast",
    "Governorate",
    "Prefecture",
    "Territory",
    "Department",
];

/// CAMEO roots of physical violence (assault, fight, mass violence): their target, when it
/// is a place, is where they happened.
const VIOLENT_ROOTS: [&str; 3] = ["18", "19", "20"];

/// Capitalised words of direction that stand before a place without being part of its name
/// ("Eastern Ukraine").
const DIRECTIONS: [&str; 12] = [
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "Upper", "Lower", "Greater",
];

/// Lower-case words allowed inside a name ("Bosnia and Herzegovina", "Rio de Janeiro").
const PARTICLES: [&str; 12] = [
    "of", "the", "and", "de", "del", "da", "do", "du", "la", "el", "al", "upon",
];

/// Prepositions that make a phrase a location.
const LOCATIVE: [&str; 9] = [
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "across",
    "throughout",
    "around",
    "within",
];

/// Capitalised words that follow a place name without making it part of a longer name, and
/// that are never place names themselves (March, Cambridgeshire, is not read).
const FREE_FOLLOWERS: [&str; 21] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "On",
    "In",
];

/// Finds the place names of one sentence. In a dateline (`in_dateline`), every capitalised
/// run counts; elsewhere a name must hold a proper noun.
pub fn find_places(
    text: &str,
    words: &[SentenceWord<'_>],
    gazetteer: &Gazetteer,
    in_dateline: bool,
) -> Vec<PlaceMention> {
    let capitalised = |index: usize| {
        words
            .get(index)
            .is_some_and(|word| word.form.chars().next().is_some_and(char::is_uppercase))
    };
    let mut mentions = Vec::new();
    let mut index = 0;
    let longest = gazetteer.longest_name.clamp(1, 8);
    while index < words.len() {
        if !capitalised(index) {
            index += 1;
            continue;
        }
        let mut found = None;
        let mut end = (index + longest).min(words.len());
        while end > index {
            let inner_ok = (index..end).all(|inner| {
                capitalised(inner)
                    || PARTICLES.contains(&words[inner].form)
                    || matches!(words[inner].form, "-" | "'" | ".")
            });
            if inner_ok && capitalised(end - 1) {
                // A proper noun, or capitalised words inside the sentence (the tagger reads
                // "The Hague" as DET NOUN).
                let proper = in_dateline
                    || index > 0
                    || (index..end).any(|inner| words[inner].upos == "PROPN");
                if proper && !(end == index + 1 && FREE_FOLLOWERS.contains(&words[index].form)) {
                    let span = Span::new(words[index].span.start, words[end - 1].span.end);
                    let name = text.get(span.range()).unwrap_or_default();
                    let candidates = gazetteer.lookup(name);
                    if !candidates.is_empty() {
                        found = Some((end, candidates));
                        break;
                    }
                }
            }
            end -= 1;
        }
        let Some((end, candidates)) = found else {
            index += 1;
            continue;
        };
        let mut stop = end;
        let mut division = words
            .get(end)
            .is_some_and(|word| DIVISION_WORDS.contains(&word.form));
        if division {
            stop += 1;
        }
        // "province of Idlib", "the state of Georgia".
        if index >= 2
            && words[index - 1].form == "of"
            && matches!(
                words[index - 2].form.to_lowercase().as_str(),
                "province" | "state" | "region" | "governorate" | "oblast"
            )
        {
            division = true;
        }
        // A capitalised name word beside the match makes it part of a longer name ("Washington
        // Post", "European Union"); a sentence-initial word is capitalised anyway.
        let part_of_longer = |neighbour: Option<usize>| {
            neighbour.and_then(|at| words.get(at)).is_some_and(|word| {
                matches!(word.upos, "PROPN" | "NOUN" | "ADJ" | "X")
                    && word.form.chars().next().is_some_and(char::is_uppercase)
                    && !FREE_FOLLOWERS.contains(&word.form)
                    && !DIRECTIONS.contains(&word.form)
                    && (word.upos == "PROPN" || neighbour != Some(0))
            })
        };
        // "Gulf of Oman", "Bay of Bengal": the match begins a longer name ("Gulf" is also a
        // province of Papua New Guinea).
        let of_longer = words.get(stop).is_some_and(|next| next.form == "of")
            && words.get(stop + 1).is_some_and(|name| {
                name.upos == "PROPN" && name.form.chars().next().is_some_and(char::is_uppercase)
            });
        // "the Gulf of Oman", "the Sea of Japan": a body of water named after a place is not
        // that place.
        let water_of = index >= 2
            && words[index - 1].form == "of"
            && matches!(
                words[index - 2].form,
                "Gulf" | "Bay" | "Sea" | "Strait" | "Straits" | "Lake" | "Cape" | "Isle" | "Horn"
            );
        let before_index = index.checked_sub(1);
        let before = before_index.and_then(|previous| words.get(previous));
        // "Obama-era", "Paris-based": a modifier, not a place.
        let hyphened = words
            .get(stop)
            .is_some_and(|next| next.form == "-" && next.span.start == words[stop - 1].span.end)
            || before.is_some_and(|previous| {
                previous.form == "-" && previous.span.end == words[index].span.start
            });
        // "UN" is not Un, India: a short all-capitals name must be a country's ("US", "UK").
        let name = text
            .get(words[index].span.start..words[end - 1].span.end)
            .unwrap_or_default();
        let letters = name.chars().filter(|c| c.is_alphabetic()).count();
        let acronym = letters <= 4 && !name.chars().any(char::is_lowercase);
        let acronym_ok = !acronym
            || in_dateline
            || candidates.iter().any(|&candidate| {
                gazetteer
                    .place(candidate)
                    .is_some_and(|place| place.kind == PlaceKind::Country)
            });
        if !in_dateline
            && (part_of_longer(Some(stop))
                || part_of_longer(before_index)
                || of_longer
                || water_of
                || hyphened
                || !acronym_ok)
        {
            index = stop;
            continue;
        }
        let span = Span::new(words[index].span.start, words[stop - 1].span.end);
        mentions.push(PlaceMention {
            text: text.get(span.range()).unwrap_or_default().to_string(),
            span,
            words: index..stop,
            candidates,
            division,
        });
        index = stop;
    }
    mentions
}

/// The place names of each sentence, `(dateline, words)` ([`find_places`]): what
/// [`known_places`] and event locations both read, found once.
pub fn sentence_places<'w>(
    text: &str,
    sentences: impl Iterator<Item = (bool, &'w [SentenceWord<'w>])>,
    gazetteer: &Gazetteer,
) -> Vec<Vec<PlaceMention>> {
    sentences
        .map(|(dateline, words)| find_places(text, words, gazetteer, dateline))
        .collect()
}

/// The town and region names of each sentence that the coder may read as where an act
/// happens, from each sentence's `(dateline, place names)` ([`sentence_places`]), resolved
/// like event locations: ambiguous names by the countries the article names (through
/// `countries_named`, the countries of the lexicon's actors, and the unambiguous places); what
/// stays ambiguous is left out. Datelines are left out too: a dateline says where the story was
/// filed, not where an act happened.
pub fn known_places<'m>(
    sentences: impl Iterator<Item = (bool, &'m [PlaceMention])>,
    countries_named: impl Iterator<Item = String>,
    gazetteer: &Gazetteer,
) -> Vec<Vec<KnownPlace>> {
    let mut countries = ArticleCountries::default();
    for country in countries_named {
        countries.add(&country);
    }
    let found: Vec<&[PlaceMention]> = sentences
        .map(|(dateline, mentions)| if dateline { &[][..] } else { mentions })
        .collect();
    for mention in found.iter().copied().flatten() {
        countries.add_unambiguous(mention, gazetteer);
    }
    found
        .iter()
        .map(|mentions| {
            mentions
                .iter()
                .filter_map(|mention| {
                    let place = gazetteer.resolve(mention, &countries, false).ok()?;
                    Some(KnownPlace {
                        span: mention.span,
                        country: place.country.clone(),
                    })
                })
                .collect()
        })
        .collect()
}

/// Sets each event's location: a place in a locative phrase of its clause, else the place
/// of the dateline before its sentence, else none. Ambiguous names are resolved by the
/// countries of the article; what cannot be resolved is left empty with a diagnostic.
pub fn annotate_places(coded: &mut CodedArticle, text: &str, gazetteer: &Gazetteer) -> Vec<String> {
    let mentions: Vec<Vec<PlaceMention>> = (0..coded.segmentation.sentences.len())
        .map(|index| {
            let in_dateline = coded.segmentation.sentences[index].kind == SentenceKind::Dateline;
            match SentenceView::new(&coded.segmentation, &coded.analyses, text, index) {
                Some(view) => find_places(text, &view.words(), gazetteer, in_dateline),
                None => Vec::new(),
            }
        })
        .collect();
    annotate_places_found(coded, text, gazetteer, &mentions)
}

/// [`annotate_places`] with the place names of every sentence already found
/// ([`sentence_places`]).
pub(crate) fn annotate_places_found(
    coded: &mut CodedArticle,
    text: &str,
    gazetteer: &Gazetteer,
    mentions: &[Vec<PlaceMention>],
) -> Vec<String> {
    let mut diagnostics = Vec::new();
    // The countries the article is about.
    let mut countries = ArticleCountries::default();
    for event in &coded.events {
        countries.add(&event.source.country);
        if let Some(target) = &event.target {
            countries.add(&target.country);
        }
    }
    for mention in mentions.iter().flatten() {
        countries.add_unambiguous(mention, gazetteer);
    }

    let mut dateline: Option<EventLocation> = None;
    let mut dateline_sentence = None;
    let mut event_index = 0;
    for (sentence_index, sentence_mentions) in mentions.iter().enumerate() {
        if coded.segmentation.sentences[sentence_index].kind == SentenceKind::Dateline {
            dateline_sentence = Some(sentence_index);
            dateline = None;
            for mention in sentence_mentions {
                match gazetteer.resolve(mention, &countries, true) {
                    Ok(place) => {
                        dateline = Some(location(mention, place));
                        break;
                    }
                    Err(message) => {
                        diagnostics.push(format!("sentence {sentence_index}: dateline {message}"))
                    }
                }
            }
        }
        let start = event_index;
        while event_index < coded.events.len()
            && coded.events[event_index].sentence_index == sentence_index
        {
            event_index += 1;
        }
        if start == event_index {
            continue;
        }
        let view = SentenceView::new(&coded.segmentation, &coded.analyses, text, sentence_index);
        let words = view.as_ref().map(SentenceView::words).unwrap_or_default();
        let tree = Tree::new(&words);
        // Locative places of the sentence: (mention, anchor word).
        let locatives: Vec<(&PlaceMention, usize)> = sentence_mentions
            .iter()
            .filter_map(|mention| locative_anchor(&tree, &mention.words).map(|a| (mention, a)))
            .collect();
        for event in &mut coded.events[start..event_index] {
            let clause_place = tree
                .predicate_word(event.predicate_span)
                .and_then(|predicate| {
                    tree.first_in_clause(predicate, |clause| {
                        let mut best: Option<(PlaceKind, usize, usize, &PlaceMention, &Place)> =
                            None;
                        for (mention, anchor) in &locatives {
                            if !locates_event(&tree, *anchor, event.predicate_span) {
                                continue;
                            }
                            let Some(depth) = clause.depth(*anchor) else {
                                continue;
                            };
                            let Ok(place) = gazetteer.resolve(mention, &countries, false) else {
                                continue;
                            };
                            let key = (place.kind, depth, mention.span.start);
                            if best
                                .as_ref()
                                .is_none_or(|(kind, d, s, _, _)| key < (*kind, *d, *s))
                            {
                                best =
                                    Some((place.kind, depth, mention.span.start, mention, place));
                            }
                        }
                        best.map(|(_, _, _, mention, place)| location(mention, place))
                    })
                });
            // A material act with no one named acts on the place it happens in (the coder does
            // this for places the lexicon knows; the gazetteer knows many more towns).
            // Not for a fight alongside someone ("fighting with the YPJ in Syria", "fighting
            // for Isis in Syria"): the coder leaves those without a place target on purpose.
            let alongside = matches!(event.cameo_root(), "18" | "19" | "20")
                && tree
                    .predicate_word(event.predicate_span)
                    .is_some_and(|predicate| {
                        tree.words()[predicate].upos == "VERB"
                            && tree.children(predicate).iter().any(|&child| {
                                tree.children(child).iter().any(|&case| {
                                    let is = |word: &str| {
                                        tree.words()[case].lemma.eq_ignore_ascii_case(word)
                                    };
                                    tree.words()[case].deprel == "case"
                                        && (is("with")
                                            || is("alongside")
                                            || is("for") && tree.words()[child].upos == "PROPN")
                                })
                            })
                    });
            if event.target.is_none()
                && !alongside
                && detente_code::coder::acts_on_place(&event.cameo_code)
            {
                if let Some(place) = clause_place.as_ref() {
                    if let Some(country) = place.country.clone() {
                        event.target = Some(EventActor {
                            text: place.text.clone(),
                            span: place.span,
                            code: country.clone(),
                            country,
                            sector: None,
                            antecedent: None,
                        });
                        event.rule.push_str(" + place as target (gazetteer)");
                    }
                }
            }
            // Violence against a place happens there: "shelled Kharkiv", "struck Gaza City".
            let target_place = || {
                if !VIOLENT_ROOTS.contains(&event.cameo_root()) {
                    return None;
                }
                sentence_mentions
                    .iter()
                    .filter(|mention| is_object_of(&tree, &mention.words, event.predicate_span))
                    .find_map(|mention| {
                        let place = gazetteer.resolve(mention, &countries, false).ok()?;
                        Some(location(mention, place))
                    })
            };
            event.location = clause_place.or_else(target_place).or_else(|| {
                dateline_sentence
                    .filter(|&line| line <= sentence_index)
                    .and(dateline.clone())
            });
        }
        for (mention, _) in &locatives {
            if let Err(message) = gazetteer.resolve(mention, &countries, false) {
                diagnostics.push(format!("sentence {sentence_index}: {message}"));
            }
        }
    }
    diagnostics
}

/// The noun that makes a place phrase locative: the place's own head when it has a locative
/// preposition ("in Beijing"), or the noun it names through `of`, apposition, compounding or
/// coordination ("in the Syrian town of Baghuz", "in Kyiv and Lviv").
fn locative_anchor(tree: &Tree<'_, '_>, range: &Range<usize>) -> Option<usize> {
    let words = tree.words();
    let mut current = tree.attachments(range).next()?;
    for _ in 0..4 {
        let has_case = |node: usize, allowed: &[&str]| {
            tree.children(node).iter().any(|&child| {
                words[child].deprel == "case"
                    && allowed.contains(&words[child].form.to_lowercase().as_str())
            })
        };
        if has_case(current, &LOCATIVE) {
            return Some(current);
        }
        let relation = words[current].deprel;
        let climbs = matches!(
            relation,
            "appos" | "conj" | "compound" | "flat" | "flat:name"
        ) || (relation == "nmod" && has_case(current, &["of"]));
        if !climbs {
            return None;
        }
        current = tree.parent(current)?;
    }
    None
}

/// True when the locative phrase headed by `anchor` says where the event happened: it
/// modifies the event itself, or a place phrase that does ("at the Boao Forum in Hainan"), or
/// a named participant of the event ("will meet Ukraine in Istanbul", the parser's usual
/// attachment), but not an ordinary noun ("discussed developments in Syria").
fn locates_event(tree: &Tree<'_, '_>, anchor: usize, predicate: Span) -> bool {
    if tree.modifies_event(anchor, predicate) {
        return true;
    }
    let Some(parent) = tree.parent(anchor) else {
        return false;
    };
    let words = tree.words();
    let locative_parent = tree.children(parent).iter().any(|&child| {
        words[child].deprel == "case"
            && LOCATIVE.contains(&words[child].form.to_lowercase().as_str())
    });
    let named_participant = words[parent].upos == "PROPN"
        && matches!(
            words[parent].deprel,
            "obj" | "iobj" | "obl" | "nsubj" | "nsubj:pass"
        );
    (locative_parent || named_participant) && tree.modifies_event(parent, predicate)
}

/// True when the phrase `range` is the object of the predicate ("shelled Kharkiv") or an
/// "on" complement of its event noun ("airstrikes on Kharkiv"); "fighting against Turkey"
/// names an enemy, not a place.
fn is_object_of(tree: &Tree<'_, '_>, range: &Range<usize>, predicate: Span) -> bool {
    let words = tree.words();
    tree.attachments(range).any(|word| {
        let Some(parent) = tree.parent(word) else {
            return false;
        };
        let parent_span = words[parent].span;
        if parent_span.start < predicate.start || parent_span.end > predicate.end {
            return false;
        }
        words[word].deprel == "obj"
            || (words[word].deprel == "nmod"
                && tree.children(word).iter().any(|&child| {
                    words[child].deprel == "case" && words[child].form.eq_ignore_ascii_case("on")
                }))
    })
}

fn location(mention: &PlaceMention, place: &Place) -> EventLocation {
    EventLocation {
        text: mention.text.clone(),
        span: mention.span,
        country: Some(place.country.clone()),
        lat: place.lat,
        lon: place.lon,
        id: Some(place.id.clone()),
    }
}

/// The index key of a name: lower case, single spaces, straight apostrophes.
fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        for character in word.chars() {
            match character {
                '\u{2019}' | '\u{2018}' | '\u{02bc}' => key.push('\''),
                _ => key.extend(character.to_lowercase()),
            }
        }
    }
    key
}

fn parse_line(line: &str) -> Result<(Place, Vec<&str>), String> {
    let fields: Vec<&str> = line.split('\t').collect();
    let [id, kind, country, admin1, lat, lon, population, neighbours, name, others] =
        fields.as_slice()
    else {
        return Err(format!(
            "expected 10 tab-separated columns, found {}",
            fields.len()
        ));
    };
    let kind = match *kind {
        "country" => PlaceKind::Country,
        "admin1" => PlaceKind::Admin1,
        "city" => PlaceKind::City,
        other => return Err(format!("unknown kind '{other}'")),
    };
    let coordinate = |value: &str, limit: f64| -> Result<Option<f64>, String> {
        if value.is_empty() {
            return Ok(None);
        }
        let number: f64 = value
            .parse()
            .map_err(|_| format!("bad coordinate '{value}'"))?;
        if !number.is_finite() || number.abs() > limit {
            return Err(format!("coordinate '{value}' out of range"));
        }
        Ok(Some(number))
    };
    if id.is_empty() || name.is_empty() || country.len() != 3 {
        return Err("empty id or name, or a country code that is not 3 letters".to_string());
    }
    let place = Place {
        id: (*id).to_string(),
        kind,
        country: (*country).to_string(),
        admin1: (*admin1).to_string(),
        lat: coordinate(lat, 90.0)?,
        lon: coordinate(lon, 180.0)?,
        population: population
            .parse()
            .map_err(|_| format!("bad population '{population}'"))?,
        neighbours: neighbours
            .split(',')
            .filter(|code| !code.is_empty())
            .map(str::to_string)
            .collect(),
        name: (*name).to_string(),
    };
    let others = others
        .split(';')
        .filter(|other| !other.is_empty())
        .collect();
    Ok((place, others))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Resolves `name` (as a plain mention) with the article countries `countries` and
    /// compares `name country id` (or the error) with `expected`.
    fn check(name: &str, countries: &[&str], division: bool, expected: &str) {
        let gazetteer = Gazetteer::builtin();
        let mut article = ArticleCountries::default();
        for country in countries {
            article.add(country);
        }
        let mention = PlaceMention {
            text: name.to_string(),
            span: Span::new(0, name.len()),
            words: 0..1,
            candidates: gazetteer.lookup(name),
            division,
        };
        let found = match gazetteer.resolve(&mention, &article, false) {
            Ok(place) => format!("{} {} {}", place.name, place.country, place.id),
            Err(message) => message,
        };
        assert_eq!(found, expected, "{name} with {countries:?}");
    }

    #[test]
    fn the_builtin_table_loads_whole() {
        let (gazetteer, errors) = Gazetteer::parse(BUILTIN);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(gazetteer.len() > 37_000, "{}", gazetteer.len());
    }

    #[test]
    fn names_resolve_by_population_then_by_the_article() {
        check("Paris", &[], false, "Paris FRA 2988507");
        check("Paris", &["USA"], false, "Paris FRA 2988507");
        check("Georgia", &["RUS"], false, "Georgia GEO 614540");
        check("Georgia", &["USA"], false, "Georgia USA 4197000");
        check(
            "Georgia",
            &[],
            false,
            "place 'Georgia' is ambiguous (GEO, USA); left empty",
        );
        // Two divisions without a population: only the article can tell.
        check("Punjab", &["PAK"], false, "Punjab PAK PK-PB");
        check(
            "Punjab",
            &[],
            false,
            "place 'Punjab' is ambiguous (IND, PAK); left empty",
        );
        check("Hyderabad", &["PAK"], false, "Hyderabad PAK 1176734");
        check("Hyderabad", &["IND"], false, "Hyderabad IND 1269843");
        check(
            "Hyderabad",
            &[],
            false,
            "place 'Hyderabad' is ambiguous (IND, PAK); left empty",
        );
    }

    #[test]
    fn within_a_country_the_kind_of_place_decides() {
        check("Washington", &[], false, "Washington USA 4140963");
        check("New York", &[], false, "New York City USA 5128581");
        check("Mexico", &[], false, "Mexico MEX 3996063");
        check("Beijing", &[], false, "Beijing CHN 1816670");
        check("Idlib", &[], true, "Idlib SYR SY-ID");
        check("Kiev", &[], false, "Kyiv UKR 703448");
        check("U.S.", &[], false, "United States USA 6252001");
        check(
            "Zorblatt",
            &[],
            false,
            "place 'Zorblatt' has no gazetteer entry",
        );
    }

    #[test]
    fn bad_lines_are_reported_and_skipped() {
        let table = "# comment\n\
                     1\tcity\tAAA\t\t10.5\t20.5\t100\t\tAtown\tA Town\n\
                     2\tvillage\tAAA\t\t\t\t0\t\tB\t\n\
                     3\tcity\tAAA\t\t95\t0\t1\t\tC\t\n\
                     4\tcity\tAAA\n";
        let (gazetteer, errors) = Gazetteer::parse(table);
        assert_eq!(gazetteer.len(), 1);
        assert_eq!(gazetteer.lookup("a town"), [0]);
        let lines: Vec<usize> = errors.iter().map(|error| error.line).collect();
        assert_eq!(lines, [3, 4, 5]);
    }
}
