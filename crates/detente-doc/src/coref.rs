//! Coreference within an article: pronouns, definite descriptions, surnames and pairs linked to
//! the actor mentions they stand for.
//!
//! # Design note
//! **What.** One pass over the sentences in order. Named mentions are the lexicon's coded actor
//! resolutions (a title followed by an unknown name, "Deputy Foreign Minister Ivan Petrov",
//! takes the name along). Each gets a category — person, group of people, state, organisation
//! — and joins an entity (same person id, same name, or same code and category). Anaphors are:
//! - personal and possessive pronouns: he/him/his, she/her, it/its, they/them/their;
//! - definite descriptions: "the minister", "the official", "the Kremlin leader" (persons),
//!   "the government", "the army", "the ministry" (an institution of the nearest country),
//!   "the country", "the nation" (states), "the bloc", "the alliance" (organisations), but
//!   not one named by its side ("the pro-Assad coalition", "the Russian-backed alliance");
//! - pairs: "the two powers", "both nations", "the two leaders", "the two", "both";
//! - bare surnames of persons named in full earlier ("Ding" after "Vice Premier Ding
//!   Xuexiang"), which override a different person the lexicon knows by that surname;
//! - first-person pronouns inside a quotation (I, we, our), which stand for its speaker (added
//!   by document reading once quotes are attributed, see `read`).
//!
//! A pronoun takes the nearest compatible candidate (number, gender once learnt from an
//! earlier he/she, person vs. state vs. organisation): in its own sentence a subject pronoun
//! prefers the preceding subject ("Russia said it would …"), a possessive or object the
//! nearest mention, except that a pronoun in a noun's infinitive or gerund with no subject of its
//! own prefers the noun's possessor, that clause's understood subject ("Ankara's failure to
//! meet its commitment"); in earlier sentences the subject of the most recent sentence that has a
//! compatible one, else its first compatible mention. A pair takes a coordinated pair ("Russia
//! and China") or the two most recent distinct compatible entities. A resolved anaphor becomes
//! a candidate itself, so chains ("Overchuk … He … his") carry on. A possessive in a phrase put
//! before its clause's subject, with no name before it in the sentence, points forward to that
//! subject when it fits ("In his talks with May, Erdoğan …", "Through his verbal assaults,
//! Trump has lost Turkey", also from the subject of a fronted adverbial clause: "Since his
//! call congratulating Putin, Trump …"); otherwise it is resolved as any other. Names the lexicon does not
//! know ("Shamima Begum") and plural nouns that are no actors ("informants") are candidates
//! that resolve nothing: a he/she/it, or a they, that would reach them stays unresolved rather
//! than jumping past them to a known actor (precision first: an unresolved pronoun loses an
//! event, a wrong one invents an actor). A pronoun inside a relative clause never refers to
//! the noun the clause modifies ("the Kurds it had backed"), except a possessive in a clause
//! whose subject is the relative pronoun ("a leader who has killed his citizens").
//!
//! **Linear.** Candidates live in a queue of the last few sentences (pronouns look back 3
//! sentences, descriptions and pairs 5) capped at 48 mentions, so each anaphor costs a bounded
//! scan; surnames are a hash map. A 2,000-sentence article costs 2,000 times a sentence.
//!
//! **Rejected.** All-pairs mention ranking (quadratic, and needs a trained model we do not
//! have); resolving "they" to a single state ("Russia … they" is rare in wire copy and
//! usually means its officials, which the state code already stands for); resolving
//! pleonastic "it" ("it is likely that …").

use std::collections::{HashMap, VecDeque};

use detente_lexicon::Lexicon;
use detente_text::Span;

use crate::sentence::ParsedSentence;

/// What kind of phrase a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// A name the lexicon resolves ("Russia", "Foreign Minister Sergei Lavrov").
    Name,
    /// A personal or possessive pronoun ("he", "its", "we").
    Pronoun,
    /// A definite description ("the minister", "the bloc").
    Description,
    /// A bare surname of a person named in full earlier.
    Surname,
    /// Two actors at once ("the two powers", "both nations").
    Pair,
}

impl MentionKind {
    /// The printed name: `name`, `pronoun`, `description`, `surname`, `pair`.
    pub fn name(self) -> &'static str {
        match self {
            MentionKind::Name => "name",
            MentionKind::Pronoun => "pronoun",
            MentionKind::Description => "description",
            MentionKind::Surname => "surname",
            MentionKind::Pair => "pair",
        }
    }
}

/// What a mention stands for, as far as agreement goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    /// One person ("he", "she", "the minister").
    Person,
    /// People in the plural ("officials", "rebels": "they").
    Group,
    /// A state or territory, or its capital standing for it ("it", "the country").
    State,
    /// An organisation or institution ("it", "the bloc").
    Organisation,
    /// Two actors ("they", "the two").
    Pair,
}

/// One actor a mention stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionActor {
    /// The full CAMEO actor code (`RUSGOV`).
    pub code: String,
    /// Country or group/organisation code.
    pub country: String,
    /// PLOVER sector, when known.
    pub sector: Option<String>,
}

/// An actor mention of the article: a name, or an anaphor resolved to earlier mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The mention as written.
    pub text: String,
    /// Its byte span in the article.
    pub span: Span,
    /// Byte span of its head word (the word the coder sees as source or target).
    pub head: Span,
    /// Index of its sentence.
    pub sentence_index: usize,
    /// Name, pronoun, description, surname or pair.
    pub kind: MentionKind,
    /// Person, group, state, organisation or pair.
    pub category: Category,
    /// The actors it stands for (two for a pair).
    pub actors: Vec<MentionActor>,
    /// Indices (into the article's mentions) of the mentions it was resolved to: empty for a
    /// name, one for a pronoun, two for a pair. They come earlier in the text, except for a
    /// possessive pointing forward to its clause's subject ("In his speech, Putin …").
    /// Following them gives the chain.
    pub antecedents: Vec<usize>,
    /// The entities it belongs to (one, two for a pair): mentions of one entity corefer.
    pub entities: Vec<usize>,
}

/// Pronouns and the category and gender they agree with.
fn pronoun_class(form: &str) -> Option<(Agreement, Option<Gender>)> {
    Some(match form {
        "he" | "him" | "his" | "himself" => (Agreement::Person, Some(Gender::Male)),
        "she" | "her" | "hers" | "herself" => (Agreement::Person, Some(Gender::Female)),
        "it" | "its" | "itself" => (Agreement::Neuter, None),
        "they" | "them" | "their" | "theirs" | "themselves" => (Agreement::Plural, None),
        _ => return None,
    })
}

/// Nouns for one person, as description heads ("the minister").
const PERSON_TITLES: &[&str] = &[
    "minister",
    "president",
    "premier",
    "official",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "diplomat",
    "ambassador",
    "chancellor",
    "secretary",
    "general",
    "commander",
    "king",
    "queen",
    "prince",
    "governor",
    "mayor",
    "senator",
    "lawmaker",
    "negotiator",
    "adviser",
    "advisor",
    "emir",
    "chairman",
    "chairwoman",
    "chief",
    "counterpart",
    "head",
    "politician",
    "diplomat",
    "monarch",
    "sultan",
    "ayatollah",
];
/// Institutions of a state, as description heads ("the government").
const INSTITUTIONS: &[&str] = &[
    "government",
    "ministry",
    "army",
    "military",
    "administration",
    "regime",
    "cabinet",
    "parliament",
    "navy",
    "police",
    "authorities",
    "leadership",
    "junta",
];
/// Nouns for a state ("the country").
const STATE_NOUNS: &[&str] = &["country", "nation", "republic", "kingdom", "state"];
/// Nouns for an organisation ("the bloc").
const ORGANISATION_NOUNS: &[&str] = &[
    "bloc",
    "alliance",
    "organisation",
    "organization",
    "union",
    "body",
    "group",
    "militia",
    "movement",
    "coalition",
    "agency",
    "federation",
];
/// Organisation nouns for states joined together: only an intergovernmental organisation.
const ALLIANCE_NOUNS: &[&str] = &["bloc", "alliance", "union", "coalition", "federation"];
/// Nouns of a pair ("the two powers", "both sides").
const PAIR_NOUNS: &[(&str, Agreement)] = &[
    ("power", Agreement::Neuter),
    ("country", Agreement::Neuter),
    ("nation", Agreement::Neuter),
    ("state", Agreement::Neuter),
    ("government", Agreement::Neuter),
    ("neighbour", Agreement::Neuter),
    ("neighbor", Agreement::Neuter),
    ("capital", Agreement::Neuter),
    ("economy", Agreement::Neuter),
    ("giant", Agreement::Neuter),
    ("rival", Agreement::Any),
    ("ally", Agreement::Any),
    ("side", Agreement::Any),
    ("party", Agreement::Any),
    ("leader", Agreement::Person),
    ("man", Agreement::Person),
    ("president", Agreement::Person),
    ("minister", Agreement::Person),
    ("official", Agreement::Person),
    ("diplomat", Agreement::Person),
    ("envoy", Agreement::Person),
];

/// Verbs whose subject "it" is a dummy ("it seems", "it remains unclear").
const DUMMY_IT_VERBS: &[&str] = &["seem", "appear", "remain", "take", "matter", "rain"];

/// How many sentences back a pronoun looks.
const PRONOUN_WINDOW: usize = 3;
/// How many sentences back a description or pair looks.
const DESCRIPTION_WINDOW: usize = 5;
/// The most candidates kept.
const MAX_CANDIDATES: usize = 48;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Agreement {
    Person,
    Neuter,
    Plural,
    Any,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// An anaphor found in a sentence, before resolution.
#[derive(Debug, Clone)]
enum Anaphor {
    /// A pronoun with its agreement; `subject` when it is a subject.
    Pronoun {
        agreement: Agreement,
        gender: Option<Gender>,
    },
    /// "the minister" (`sector` from the lexicon, `country` when the phrase names one).
    Person {
        sector: Option<String>,
        country: Option<String>,
    },
    /// "the government": the nearest actor's country with this sector.
    Institution { sector: String },
    /// "the country".
    State,
    /// "the bloc" (`alliance`: a noun of states joined together, which names an
    /// intergovernmental organisation, never a militant group: "the coalition").
    Organisation { alliance: bool },
    /// "the two powers".
    Pair { agreement: Agreement },
    /// A known surname: the entity.
    Surname { entity: usize },
}

/// A mention that later anaphors may refer to.
#[derive(Debug, Clone)]
struct Candidate {
    mention: usize,
    /// Two coordinated names ("Russia and China"), when the candidate is their pair.
    pair: Option<(usize, usize)>,
    sentence: usize,
    word: usize,
    subject: bool,
    /// A name the lexicon does not know ("Shamima Begum", "Baghuz", `Some(Any)`) or a plural
    /// noun that is no actor ("informants", `Some(Plural)`): it stops a pronoun of that
    /// number from reaching past it to a known actor, and resolves nothing itself.
    unknown: Option<Agreement>,
}

/// An entity: the mentions that corefer.
#[derive(Debug, Clone)]
struct Entity {
    actors: Vec<MentionActor>,
    category: Category,
    gender: Option<Gender>,
    /// Its most recent named mention (the antecedent an event records).
    last_named: usize,
}

/// The resolver's state over one article.
pub(crate) struct Resolver<'l> {
    lexicon: &'l Lexicon,
    pub mentions: Vec<Mention>,
    entities: Vec<Entity>,
    entity_keys: HashMap<String, usize>,
    surnames: HashMap<String, usize>,
    candidates: VecDeque<Candidate>,
}

impl<'l> Resolver<'l> {
    pub fn new(lexicon: &'l Lexicon) -> Resolver<'l> {
        Resolver {
            lexicon,
            mentions: Vec::new(),
            entities: Vec::new(),
            entity_keys: HashMap::new(),
            surnames: HashMap::new(),
            candidates: VecDeque::new(),
        }
    }

    /// The category of what a candidate stands for.
    fn category_of(&self, candidate: &Candidate) -> Category {
        match candidate.pair {
            Some(_) => Category::Pair,
            None => self.mentions[candidate.mention].category,
        }
    }

    /// The entities a candidate stands for.
    fn entities_of(&self, candidate: &Candidate) -> Vec<usize> {
        match candidate.pair {
            Some((left, right)) => vec![
                self.mentions[left].entities[0],
                self.mentions[right].entities[0],
            ],
            None => self.mentions[candidate.mention].entities.clone(),
        }
    }

    /// The mentions a candidate refers back to.
    fn antecedents_of(candidate: &Candidate) -> Vec<usize> {
        match candidate.pair {
            Some((left, right)) => vec![left, right],
            None => vec![candidate.mention],
        }
    }

    /// Reads one sentence: registers its names and resolves its anaphors.
    pub fn read_sentence(&mut self, text: &str, sentence: &ParsedSentence<'_>) {
        // Evict candidates out of every window.
        while self
            .candidates
            .front()
            .is_some_and(|candidate| candidate.sentence + DESCRIPTION_WINDOW < sentence.index)
            || self.candidates.len() > MAX_CANDIDATES
        {
            self.candidates.pop_front();
        }
        let mut items: Vec<(usize, Item)> = Vec::new();
        let mut covered = vec![false; sentence.words.len()];
        for (number, resolution) in sentence.resolutions.iter().enumerate() {
            if resolution.code.is_none() || resolution.end > sentence.words.len() {
                continue;
            }
            let mut end = resolution.end;
            // A title followed by a name the lexicon does not know: "Deputy Foreign Minister
            // Ivan Petrov".
            if resolution.person.is_none() && !resolution.sectors.is_empty() {
                let name_at = |position: usize| {
                    sentence.words.get(position).is_some_and(|word| {
                        word.upos == "PROPN"
                            && starts_upper(word.form)
                            && sentence.coded_resolution_at(position).is_none()
                    })
                };
                // "Sweden's foreign minister, Tobias Billstrom,": the name in apposition.
                if sentence.words.get(end).is_some_and(|word| word.form == ",")
                    && name_at(end + 1)
                    && name_at(end + 2)
                {
                    let mut last = end + 1;
                    while name_at(last + 1) {
                        last += 1;
                    }
                    if sentence.parent(last) == Some(end - 1)
                        || sentence.parent(end + 1) == Some(end - 1)
                    {
                        end = last + 1;
                    }
                }
                while name_at(end) {
                    end += 1;
                }
            }
            for slot in covered.iter_mut().take(end).skip(resolution.start) {
                *slot = true;
            }
            items.push((end - 1, Item::Name { number, end }));
        }
        let first_name = items.iter().map(|(position, _)| *position).min();
        for position in 0..sentence.words.len() {
            if let Some(anaphor) = self.anaphor_at(sentence, position, &covered) {
                // "Through his verbal assaults, Trump has lost Turkey": read once the
                // subject it may point forward to is a candidate.
                let subject = fronted_possessive_subject(sentence, position)
                    .filter(|_| first_name.is_none_or(|first| first > position));
                match subject {
                    Some(subject) => {
                        let (_, end) = sentence.phrase(subject);
                        items.push((
                            end.saturating_sub(1).max(position),
                            Item::Cataphor {
                                position,
                                anaphor,
                                subject,
                            },
                        ));
                    }
                    None => items.push((position, Item::Anaphor(anaphor))),
                }
            } else if self.is_unknown_name(sentence, position, &covered) {
                items.push((position, Item::Unknown(Agreement::Any)));
            } else if is_plain_plural(sentence, position, &covered) {
                items.push((position, Item::Unknown(Agreement::Plural)));
            }
        }
        items.sort_by_key(|(position, _)| *position);
        let first_new = self.mentions.len();
        for (position, item) in items {
            match item {
                Item::Name { number, end } => self.add_name(text, sentence, number, end),
                Item::Anaphor(anaphor) => self.resolve(text, sentence, position, anaphor, None),
                Item::Cataphor {
                    position,
                    anaphor,
                    subject,
                } => self.resolve(text, sentence, position, anaphor, Some(subject)),
                Item::Unknown(agreement) => self.candidates.push_back(Candidate {
                    mention: usize::MAX,
                    pair: None,
                    unknown: Some(agreement),
                    sentence: sentence.index,
                    word: position,
                    subject: sentence.is_subject(position),
                }),
            }
        }
        self.add_pairs(sentence, first_new);
    }

    /// True when word `position` heads a capitalised name the lexicon does not know.
    fn is_unknown_name(
        &self,
        sentence: &ParsedSentence<'_>,
        position: usize,
        covered: &[bool],
    ) -> bool {
        let word = &sentence.words[position];
        word.upos == "PROPN"
            && starts_upper(word.form)
            && !covered[position]
            && !detente_lexicon::is_calendar_name(&sentence.lower[position])
            && !word.deprel.ends_with("tmod")
            && !self.surnames.contains_key(&sentence.lower[position])
            && !matches!(
                word.deprel,
                "flat" | "compound" | "amod" | "det" | "nmod:poss"
            )
            && sentence
                .children(position)
                .iter()
                .all(|&child| !covered[child])
    }

    /// The anaphor at word `position`, if it is one.
    fn anaphor_at(
        &self,
        sentence: &ParsedSentence<'_>,
        position: usize,
        covered: &[bool],
    ) -> Option<Anaphor> {
        let word = &sentence.words[position];
        let lower = sentence.lower[position].as_str();
        if matches!(word.upos, "PRON" | "DET") {
            if let Some((agreement, gender)) = pronoun_class(lower) {
                if lower == "it" && is_dummy_it(sentence, position) {
                    return None;
                }
                return Some(Anaphor::Pronoun { agreement, gender });
            }
            // "Both said …": a pair standing alone.
            if lower == "both" && sentence.is_subject(position) {
                return Some(Anaphor::Pair {
                    agreement: Agreement::Any,
                });
            }
            return None;
        }
        // "the two" standing alone.
        if word.upos == "NUM" && lower == "two" && !word.deprel.starts_with("nummod") {
            if has_determiner(sentence, position, &["the"]) {
                return Some(Anaphor::Pair {
                    agreement: Agreement::Any,
                });
            }
            return None;
        }
        let name_like =
            matches!(word.upos, "PROPN" | "NOUN" | "VERB" | "ADJ" | "X") && starts_upper(word.form);
        if name_like && !covered[position] && self.surnames.contains_key(lower) {
            let entity = *self.surnames.get(lower)?;
            // Part of a longer name ("Ding Xuexiang" with an unknown given name) is not a
            // surname mention unless it ends the name.
            let next_propn = sentence
                .words
                .get(position + 1)
                .is_some_and(|next| next.upos == "PROPN" && starts_upper(next.form));
            return (!next_propn).then_some(Anaphor::Surname { entity });
        }
        if word.upos == "PROPN" && covered[position] {
            // A one-word person resolution whose surname the article gave to someone else.
            let resolution = sentence.coded_resolution_at(position)?;
            let entity = *self.surnames.get(lower)?;
            let single = resolution.end - resolution.start == 1;
            let other = resolution
                .person
                .as_ref()
                .is_some_and(|person| self.entity_keys.get(&person.id) != Some(&entity));
            return (single && other).then_some(Anaphor::Surname { entity });
        }
        if word.upos != "NOUN" {
            return None;
        }
        let lemma = sentence.lemmas[position].as_str();
        let plural = sentence.is_plural(position);
        // Pairs: "the two powers", "both nations".
        let two = sentence.children(position).iter().any(|&child| {
            sentence.lower[child] == "two" && sentence.words[child].deprel.starts_with("nummod")
        }) && has_determiner(sentence, position, &["the"]);
        let both = has_determiner(sentence, position, &["both"]);
        if plural && (two || both) {
            if let Some((_, agreement)) = PAIR_NOUNS.iter().find(|(noun, _)| *noun == lemma) {
                return Some(Anaphor::Pair {
                    agreement: *agreement,
                });
            }
            return None;
        }
        if !has_determiner(sentence, position, &["the"]) || plural && lemma != "authorities" {
            return None;
        }
        // A description must not name its own country ("the Russian minister" is a name), nor
        // through a modifier: "the president of Armenia" is Armenia's, not the last president's.
        let qualified = sentence.children(position).iter().any(|&child| {
            sentence.words[child].deprel.starts_with("nmod")
                && sentence
                    .coded_resolution_at(child)
                    .is_some_and(|found| found.code.is_some())
        });
        if qualified {
            return None;
        }
        let coded = sentence.coded_resolution_at(position);
        if PERSON_TITLES.contains(&lemma) {
            // "the Kremlin leader": a name the lexicon resolves, linked when it is registered.
            if coded.is_some() {
                return None;
            }
            let resolution = sentence
                .resolution_of_word
                .get(position)
                .copied()
                .flatten()
                .map(|number| &sentence.resolutions[number]);
            return Some(Anaphor::Person {
                sector: resolution.and_then(|found| found.sectors.first().cloned()),
                country: coded.and_then(|found| found.code.clone()),
            });
        }
        if coded.is_some() || covered[position] {
            return None;
        }
        if INSTITUTIONS.contains(&lemma) {
            let sector = sentence
                .resolution_of_word
                .get(position)
                .copied()
                .flatten()
                .and_then(|number| sentence.resolutions[number].sectors.first().cloned())
                .unwrap_or_else(|| "GOV".to_string());
            // "the government of Iraq", "the country's army": named elsewhere in the phrase.
            if !sentence.children(position).is_empty()
                && sentence.children(position).iter().any(|&child| {
                    matches!(sentence.words[child].deprel, "nmod" | "nmod:poss" | "amod")
                })
            {
                return None;
            }
            return Some(Anaphor::Institution { sector });
        }
        let modified = sentence.children(position).iter().any(|&child| {
            let deprel = sentence.words[child].deprel;
            matches!(deprel, "compound" | "nmod:poss")
                || deprel == "nmod"
                    && sentence.children(child).iter().any(|&case| {
                        sentence.words[case].deprel == "case" && sentence.lower[case] == "of"
                    })
                || deprel == "amod" && names_an_alignment(sentence, child)
        });
        if modified {
            return None;
        }
        if STATE_NOUNS.contains(&lemma) {
            return Some(Anaphor::State);
        }
        if ORGANISATION_NOUNS.contains(&lemma) {
            return Some(Anaphor::Organisation {
                alliance: ALLIANCE_NOUNS.contains(&lemma),
            });
        }
        None
    }

    /// Registers a named mention from resolution `number` (extended to word `end`).
    fn add_name(&mut self, text: &str, sentence: &ParsedSentence<'_>, number: usize, end: usize) {
        let resolution = &sentence.resolutions[number];
        let Some(country) = resolution.code.clone() else {
            return;
        };
        let head = end - 1;
        let head_word = &sentence.words[head];
        // An adjective alone ("Russian" in "the Russian economy") is not a mention.
        if head_word.upos == "ADJ" {
            return;
        }
        let head_lemma = sentence.lemmas[head].as_str();
        let extended = end > resolution.end;
        let category = if resolution.person.is_some() || extended {
            Category::Person
        } else if !resolution.sectors.is_empty() && sentence.is_plural(head)
            || resolution.people && (sentence.is_plural(head) || head_word.form.ends_with('s'))
        {
            // "officials", and a state's people in the plural: "the Russians said their forces
            // …", "Bosnian Serbs" (tagged as a singular name at the start of a sentence).
            Category::Group
        } else if !resolution.sectors.is_empty() && PERSON_TITLES.contains(&head_lemma) {
            Category::Person
        } else {
            match self.lexicon.tables().actor(&country) {
                Ok(code) if matches!(code.kind.as_str(), "state" | "territory") => {
                    if resolution.sectors.is_empty()
                        || matches!(head_word.upos, "PROPN") && !INSTITUTIONS.contains(&head_lemma)
                    {
                        Category::State
                    } else {
                        Category::Organisation
                    }
                }
                _ => Category::Organisation,
            }
        };
        let actor = MentionActor {
            code: if resolution.cameo.is_empty() {
                country.clone()
            } else {
                resolution.cameo.clone()
            },
            country,
            sector: resolution.sectors.first().cloned(),
        };
        let span = sentence.byte_span(resolution.start, end);
        let name_text = span.slice(text).to_string();
        let key = match (&resolution.person, extended) {
            (Some(person), _) => person.id.clone(),
            (None, true) => {
                let name_start = resolution.end;
                sentence
                    .byte_span(name_start, end)
                    .slice(text)
                    .to_lowercase()
            }
            (None, false) if category == Category::State && actor.sector.is_none() => {
                format!("{}/state", actor.country)
            }
            (None, false) => format!("{}/{:?}/{}", actor.code, category, head_lemma),
        };
        // "Wang, China's top diplomat,": an apposition describes the mention it follows.
        if sentence.words[head].deprel == "appos" && category == Category::Person {
            if let Some(described) = sentence
                .parent(head)
                .and_then(|parent| {
                    let parent_span = sentence.words[parent].span;
                    self.mentions
                        .iter()
                        .rposition(|mention| mention.head == parent_span)
                })
                .filter(|&described| self.mentions[described].category == Category::Person)
            {
                let entities = self.mentions[described].entities.clone();
                self.push_mention(
                    sentence,
                    head,
                    name_text,
                    span,
                    MentionKind::Description,
                    self.mentions[described].category,
                    vec![described],
                    entities,
                );
                return;
            }
        }
        // "the Kremlin leader" after "Putin": a description of a person named before.
        if category == Category::Person
            && resolution.person.is_none()
            && !extended
            && has_determiner(sentence, head, &["the"])
        {
            if let Some(found) = self.find(
                sentence,
                head,
                DESCRIPTION_WINDOW,
                false,
                &|resolver: &Resolver<'_>, candidate: &Candidate| {
                    if candidate.pair.is_some() {
                        return false;
                    }
                    let entity =
                        &resolver.entities[resolver.mentions[candidate.mention].entities[0]];
                    entity.category == Category::Person
                        && resolver.mentions[candidate.mention].entities.len() == 1
                        && entity
                            .actors
                            .first()
                            .is_some_and(|known| known.country == actor.country)
                },
            ) {
                let entity = self.mentions[found.mention].entities[0];
                self.push_mention(
                    sentence,
                    head,
                    name_text,
                    span,
                    MentionKind::Description,
                    Category::Person,
                    vec![found.mention],
                    vec![entity],
                );
                return;
            }
        }
        // A one-word name of a person named before ("Overchuk" after "Alexei Overchuk") is a
        // surname mention of them.
        if let (Some(&entity), true) = (
            self.entity_keys.get(&key),
            resolution.person.is_some() && end - resolution.start == 1,
        ) {
            let named = self.entities[entity].last_named;
            if self.mentions[named].span != span && self.mentions[named].span.len() > span.len() {
                self.push_mention(
                    sentence,
                    head,
                    name_text,
                    span,
                    MentionKind::Surname,
                    Category::Person,
                    vec![named],
                    vec![entity],
                );
                return;
            }
        }
        let entity = match self.entity_keys.get(&key) {
            Some(&entity) => entity,
            None => {
                self.entities.push(Entity {
                    actors: vec![actor.clone()],
                    category,
                    gender: None,
                    last_named: self.mentions.len(),
                });
                self.entity_keys.insert(key, self.entities.len() - 1);
                self.entities.len() - 1
            }
        };
        self.entities[entity].last_named = self.mentions.len();
        if category == Category::Person {
            self.register_surnames(sentence, resolution, end, &actor, entity);
        }
        self.mentions.push(Mention {
            text: name_text,
            span,
            head: head_word.span,
            sentence_index: sentence.index,
            kind: MentionKind::Name,
            category,
            actors: vec![actor],
            antecedents: Vec::new(),
            entities: vec![entity],
        });
        self.candidates.push_back(Candidate {
            mention: self.mentions.len() - 1,
            pair: None,
            unknown: None,
            sentence: sentence.index,
            word: head,
            subject: sentence.is_subject(head)
                || sentence
                    .parent(head)
                    .is_some_and(|parent| sentence.is_subject(parent) && parent > head),
        });
    }

    /// Registers the surname of a person named by `resolution` (extended to word `end`): the
    /// last word of the name, or the first for names written family name first.
    fn register_surnames(
        &mut self,
        sentence: &ParsedSentence<'_>,
        resolution: &detente_lexicon::ActorResolution,
        end: usize,
        actor: &MentionActor,
        entity: usize,
    ) {
        // The words of the name: the longest of the person's names ending the phrase, or the
        // capitalised words after a title.
        let mut name_start = resolution.end.min(end);
        if let Some(person) = resolution
            .person
            .as_ref()
            .and_then(|person| self.lexicon.person(&person.id))
        {
            let longest = person
                .names
                .iter()
                .filter(|name| name.words.len() <= end - resolution.start)
                .filter(|name| {
                    let start = end - name.words.len();
                    name.words
                        .iter()
                        .zip(&sentence.lower[start..end])
                        .all(|(word, form)| word.to_lowercase() == *form)
                })
                .map(|name| name.words.len())
                .max();
            name_start = end - longest.unwrap_or(1);
        }
        if name_start >= end {
            return;
        }
        self.surnames
            .insert(sentence.lower[end - 1].clone(), entity);
        // Chinese, Korean and Vietnamese names put the family name first ("Ding Xuexiang"
        // is "Ding").
        let family_first = matches!(
            actor.country.as_str(),
            "CHN" | "TWN" | "HKG" | "MAC" | "PRK" | "KOR" | "VNM" | "SGP"
        );
        if family_first && end - name_start > 1 {
            self.surnames
                .entry(sentence.lower[name_start].clone())
                .or_insert(entity);
        }
    }

    /// Resolves the anaphor at word `position`; `subject`, for a possessive in a phrase put before
    /// its clause's subject, is that subject, which the pronoun takes when it fits.
    fn resolve(
        &mut self,
        text: &str,
        sentence: &ParsedSentence<'_>,
        position: usize,
        anaphor: Anaphor,
        subject: Option<usize>,
    ) {
        let word_span = sentence.words[position].span;
        let single = |resolver: &Resolver<'_>, candidate: &Candidate| {
            candidate.pair.is_none() && resolver.mentions[candidate.mention].entities.len() == 1
        };
        let category_of =
            |resolver: &Resolver<'_>, candidate: &Candidate| resolver.category_of(candidate);
        match anaphor {
            Anaphor::Pronoun { agreement, gender } => {
                let accept = |resolver: &Resolver<'_>, candidate: &Candidate| {
                    let category = category_of(resolver, candidate);
                    let fits = match agreement {
                        Agreement::Person => category == Category::Person,
                        Agreement::Neuter => {
                            matches!(category, Category::State | Category::Organisation)
                        }
                        Agreement::Plural => matches!(category, Category::Group | Category::Pair),
                        Agreement::Any => true,
                    };
                    let gender_fits = gender.is_none_or(|gender| {
                        resolver.entities_of(candidate).iter().all(|&entity| {
                            resolver.entities[entity]
                                .gender
                                .is_none_or(|known| known == gender)
                        })
                    });
                    fits && gender_fits
                };
                // An object "them" is more often things than actors: look back one sentence.
                let window = if sentence.lower[position] == "them" {
                    1
                } else {
                    PRONOUN_WINDOW
                };
                // In its own sentence a pronoun prefers the speaker whose complement it is in,
                // then the nearest subject ("Washington stop hyping … and lift its
                // sanctions"), then the nearest mention.
                let blocking = if agreement == Agreement::Plural {
                    Agreement::Plural
                } else {
                    Agreement::Any
                };
                let forward = subject.and_then(|subject| {
                    let (start, end) = sentence.phrase(subject);
                    self.candidates
                        .iter()
                        .rev()
                        .find(|candidate| {
                            candidate.sentence == sentence.index
                                && (start..end).contains(&candidate.word)
                                && candidate.unknown.is_none()
                                && accept(self, candidate)
                        })
                        .cloned()
                });
                let Some(found) = forward
                    .or_else(|| self.speaker_candidate(sentence, position, &accept))
                    .or_else(|| self.find_blocked(sentence, position, window, &accept, blocking))
                else {
                    return;
                };
                let entities = self.entities_of(&found);
                if let (Some(gender), [entity]) = (gender, entities.as_slice()) {
                    self.entities[*entity].gender = Some(gender);
                }
                let category = self.category_of(&found);
                let kind = if entities.len() == 2 {
                    MentionKind::Pair
                } else {
                    MentionKind::Pronoun
                };
                self.push_mention(
                    sentence,
                    position,
                    word_span.slice(text).to_string(),
                    word_span,
                    kind,
                    category,
                    Resolver::antecedents_of(&found),
                    entities,
                );
            }
            Anaphor::Surname { entity } => {
                let mut start = position;
                if position > 0
                    && matches!(
                        sentence.lower[position - 1].trim_end_matches('.'),
                        "mr" | "mrs" | "ms" | "dr"
                    )
                {
                    start = position - 1;
                }
                let span = sentence.byte_span(start, position + 1);
                let named = self.entities[entity].last_named;
                self.push_mention(
                    sentence,
                    position,
                    span.slice(text).to_string(),
                    span,
                    MentionKind::Surname,
                    Category::Person,
                    vec![named],
                    vec![entity],
                );
            }
            Anaphor::Person { sector, country } => {
                let accept = |resolver: &Resolver<'_>, candidate: &Candidate| {
                    if !single(resolver, candidate)
                        || category_of(resolver, candidate) != Category::Person
                    {
                        return false;
                    }
                    let entity =
                        &resolver.entities[resolver.mentions[candidate.mention].entities[0]];
                    let actor = entity.actors.first();
                    country
                        .as_ref()
                        .is_none_or(|country| actor.is_some_and(|actor| actor.country == *country))
                        && sector.as_ref().is_none_or(|sector| {
                            actor.is_none_or(|actor| {
                                actor.sector.as_ref().is_none_or(|known| known == sector)
                            })
                        })
                };
                let Some(found) = self.find(sentence, position, DESCRIPTION_WINDOW, false, &accept)
                else {
                    return;
                };
                let entities = self.entities_of(&found);
                let (start, end) = description_span(sentence, position);
                let span = sentence.byte_span(start, end);
                self.push_mention(
                    sentence,
                    position,
                    span.slice(text).to_string(),
                    span,
                    MentionKind::Description,
                    Category::Person,
                    vec![found.mention],
                    entities,
                );
            }
            Anaphor::Institution { sector } => {
                let accept =
                    |resolver: &Resolver<'_>, candidate: &Candidate| {
                        single(resolver, candidate)
                            && matches!(
                                category_of(resolver, candidate),
                                Category::State | Category::Person | Category::Organisation
                            )
                            && resolver.mentions[candidate.mention]
                                .actors
                                .first()
                                .is_some_and(|actor| {
                                    resolver.lexicon.tables().actor(&actor.country).is_ok_and(
                                        |code| matches!(code.kind.as_str(), "state" | "territory"),
                                    )
                                })
                    };
                let Some(found) = self.find(sentence, position, DESCRIPTION_WINDOW, false, &accept)
                else {
                    return;
                };
                let found = found.mention;
                let Some(country) = self.mentions[found]
                    .actors
                    .first()
                    .map(|actor| actor.country.clone())
                else {
                    return;
                };
                let (start, end) = description_span(sentence, position);
                let span = sentence.byte_span(start, end);
                let actor = MentionActor {
                    code: format!("{country}{sector}"),
                    country,
                    sector: Some(sector),
                };
                // An institution is an entity of its own ("the government" of Russia).
                let key = format!("{}/{:?}/{}", actor.code, Category::Organisation, "inst");
                let entity = match self.entity_keys.get(&key) {
                    Some(&entity) => entity,
                    None => {
                        self.entities.push(Entity {
                            actors: vec![actor.clone()],
                            category: Category::Organisation,
                            gender: None,
                            last_named: found,
                        });
                        self.entity_keys.insert(key, self.entities.len() - 1);
                        self.entities.len() - 1
                    }
                };
                self.push_mention_with(
                    sentence,
                    position,
                    span.slice(text).to_string(),
                    span,
                    MentionKind::Description,
                    Category::Organisation,
                    vec![found],
                    vec![entity],
                    vec![actor],
                );
            }
            Anaphor::State | Anaphor::Organisation { .. } => {
                let state = matches!(anaphor, Anaphor::State);
                let alliance = matches!(anaphor, Anaphor::Organisation { alliance: true });
                let wanted = if state {
                    Category::State
                } else {
                    Category::Organisation
                };
                // "the country" is the country of the nearest actor that has one ("Modi said
                // the country …"); "the bloc" the nearest organisation, whatever the phrase.
                let accept = |resolver: &Resolver<'_>, candidate: &Candidate| {
                    single(resolver, candidate)
                        && resolver.mentions[candidate.mention]
                            .actors
                            .first()
                            .is_some_and(|actor| {
                                let kind = resolver
                                    .lexicon
                                    .tables()
                                    .actor(&actor.country)
                                    .map(|code| code.kind.as_str())
                                    .unwrap_or("other");
                                matches!(kind, "state" | "territory") == state
                                    // "the coalition" after Isis is not Isis.
                                    && (!alliance || kind == "igo")
                            })
                };
                let Some(found) = self.find(sentence, position, DESCRIPTION_WINDOW, false, &accept)
                else {
                    return;
                };
                let country = self.mentions[found.mention]
                    .actors
                    .first()
                    .map(|actor| actor.country.clone())
                    .unwrap_or_default();
                let entities = if state && category_of(self, &found) != Category::State {
                    vec![self.state_entity(&country, found.mention)]
                } else {
                    self.entities_of(&found)
                };
                let (start, end) = description_span(sentence, position);
                let span = sentence.byte_span(start, end);
                self.push_mention(
                    sentence,
                    position,
                    span.slice(text).to_string(),
                    span,
                    MentionKind::Description,
                    wanted,
                    vec![found.mention],
                    entities,
                );
            }
            Anaphor::Pair { agreement } => {
                let Some(found) = self.find_pair(sentence, position, agreement) else {
                    return;
                };
                let mut entities: Vec<usize> = Vec::new();
                for &mention in &found {
                    let category = self.mentions[mention].category;
                    let country = self.mentions[mention]
                        .actors
                        .first()
                        .map(|actor| actor.country.clone());
                    match country {
                        // Countries of persons: the states themselves.
                        Some(country)
                            if agreement == Agreement::Neuter
                                && matches!(category, Category::Person | Category::Group) =>
                        {
                            entities.push(self.state_entity(&country, mention));
                        }
                        _ => entities.extend(self.mentions[mention].entities.iter().copied()),
                    }
                }
                let (start, end) = description_span(sentence, position);
                let span = sentence.byte_span(start, end);
                self.push_mention(
                    sentence,
                    position,
                    span.slice(text).to_string(),
                    span,
                    MentionKind::Pair,
                    Category::Pair,
                    found,
                    entities,
                );
            }
        }
    }

    /// The entity of state `country` (made when first needed, its name being `named`).
    fn state_entity(&mut self, country: &str, named: usize) -> usize {
        let key = format!("{country}/state");
        if let Some(&entity) = self.entity_keys.get(&key) {
            return entity;
        }
        self.entities.push(Entity {
            actors: vec![MentionActor {
                code: country.to_string(),
                country: country.to_string(),
                sector: None,
            }],
            category: Category::State,
            gender: None,
            last_named: named,
        });
        self.entity_keys.insert(key, self.entities.len() - 1);
        self.entities.len() - 1
    }

    /// Adds a resolved anaphor whose actors are its entities' actors.
    #[allow(clippy::too_many_arguments)]
    fn push_mention(
        &mut self,
        sentence: &ParsedSentence<'_>,
        position: usize,
        text: String,
        span: Span,
        kind: MentionKind,
        category: Category,
        antecedents: Vec<usize>,
        entities: Vec<usize>,
    ) {
        let actors: Vec<MentionActor> = entities
            .iter()
            .flat_map(|&entity| self.entities[entity].actors.first().cloned())
            .collect();
        self.push_mention_with(
            sentence,
            position,
            text,
            span,
            kind,
            category,
            antecedents,
            entities,
            actors,
        );
    }

    #[allow(clippy::too_many_arguments)]
    fn push_mention_with(
        &mut self,
        sentence: &ParsedSentence<'_>,
        position: usize,
        text: String,
        span: Span,
        kind: MentionKind,
        category: Category,
        antecedents: Vec<usize>,
        entities: Vec<usize>,
        actors: Vec<MentionActor>,
    ) {
        if actors.is_empty() {
            return;
        }
        self.mentions.push(Mention {
            text,
            span,
            head: sentence.words[position].span,
            sentence_index: sentence.index,
            kind,
            category,
            actors,
            antecedents,
            entities,
        });
        self.candidates.push_back(Candidate {
            mention: self.mentions.len() - 1,
            pair: None,
            unknown: None,
            sentence: sentence.index,
            word: position,
            subject: sentence.is_subject(position),
        });
    }

    /// For a pronoun in the complement of a speech verb ("X told a radio station that Lula
    /// was … and that he had nothing to regret"), the speech verb's subject, if it fits.
    fn speaker_candidate(
        &self,
        sentence: &ParsedSentence<'_>,
        position: usize,
        accept: &dyn Fn(&Resolver<'_>, &Candidate) -> bool,
    ) -> Option<Candidate> {
        let mut clause = sentence.parent(position)?;
        for _ in 0..8 {
            let governor = sentence.parent(clause)?;
            if sentence.words[clause].deprel == "ccomp"
                && self
                    .lexicon
                    .cue_kinds(&sentence.lemmas[governor])
                    .contains(&detente_lexicon::CueKind::Report)
            {
                let subject = sentence
                    .children(governor)
                    .iter()
                    .copied()
                    .find(|&child| sentence.words[child].deprel.starts_with("nsubj"))?;
                if subject > position {
                    return None;
                }
                return self
                    .candidates
                    .iter()
                    .rev()
                    .find(|candidate| {
                        candidate.sentence == sentence.index
                            && candidate.word == subject
                            && candidate.unknown.is_none()
                            && accept(self, candidate)
                    })
                    .cloned();
            }
            clause = governor;
        }
        None
    }

    /// The candidate a word at `position` of `sentence` refers to: see the design note.
    fn find(
        &self,
        sentence: &ParsedSentence<'_>,
        position: usize,
        window: usize,
        prefer_subject: bool,
        accept: &dyn Fn(&Resolver<'_>, &Candidate) -> bool,
    ) -> Option<Candidate> {
        let found = self.find_any(sentence, position, window, prefer_subject, accept, None)?;
        found.unknown.is_none().then_some(found)
    }

    /// Like [`Resolver::find`] for a pronoun: an unknown name (for he, she, it) or a plain
    /// plural noun (for they) nearer than every compatible actor blocks the resolution
    /// ("Shikder … he said", "informants whom they met").
    fn find_blocked(
        &self,
        sentence: &ParsedSentence<'_>,
        position: usize,
        window: usize,
        accept: &dyn Fn(&Resolver<'_>, &Candidate) -> bool,
        blocking: Agreement,
    ) -> Option<Candidate> {
        let found = self.find_any(sentence, position, window, true, accept, Some(blocking))?;
        found.unknown.is_none().then_some(found)
    }

    fn find_any(
        &self,
        sentence: &ParsedSentence<'_>,
        position: usize,
        window: usize,
        prefer_subject: bool,
        accept: &dyn Fn(&Resolver<'_>, &Candidate) -> bool,
        blocking: Option<Agreement>,
    ) -> Option<Candidate> {
        // A pronoun inside a relative clause does not refer to the noun the clause modifies
        // ("the Kurds it had backed"), unless it is a possessive and the relative pronoun is
        // the clause's subject ("a leader who has killed his own citizens").
        let possessive = sentence.words[position].deprel == "nmod:poss";
        let mut modified_nouns: Vec<usize> = Vec::new();
        // The possessor of a noun whose subjectless infinitive or gerund holds the pronoun is
        // that clause's understood subject, which the pronoun prefers ("Ankara's failure to
        // meet its commitment").
        let mut controller = None;
        let mut node = position;
        for _ in 0..12 {
            let Some(parent) = sentence.parent(node) else {
                break;
            };
            if controller.is_none() && is_subjectless_nonfinite_acl(sentence, node) {
                controller = sentence
                    .children(parent)
                    .iter()
                    .copied()
                    .find(|&child| sentence.words[child].deprel == "nmod:poss");
            }
            if sentence.words[node].deprel.starts_with("acl") {
                let relative_subject = sentence.children(node).iter().any(|&child| {
                    sentence.words[child].deprel.starts_with("nsubj")
                        && matches!(sentence.lower[child].as_str(), "who" | "which" | "that")
                });
                if !(possessive && relative_subject) {
                    modified_nouns.push(parent);
                }
            }
            node = parent;
        }
        let in_reach = |candidate: &&Candidate| {
            candidate.sentence + window >= sentence.index
                && (candidate.sentence < sentence.index || candidate.word < position)
                && !(candidate.sentence == sentence.index
                    && modified_nouns.contains(&candidate.word))
                && if candidate.unknown.is_some() {
                    candidate.unknown == blocking
                } else {
                    accept(self, candidate)
                }
        };
        let same: Vec<&Candidate> = self
            .candidates
            .iter()
            .filter(|candidate| candidate.sentence == sentence.index)
            .filter(in_reach)
            .collect();
        if let Some(found) = same
            .iter()
            .rev()
            .find(|candidate| Some(candidate.word) == controller)
            .or_else(|| {
                same.iter()
                    .rev()
                    .find(|candidate| prefer_subject && candidate.subject)
            })
            .or_else(|| same.last())
        {
            return Some((*found).clone());
        }
        let mut back = sentence.index;
        while back > 0 && back + window > sentence.index {
            back -= 1;
            let earlier: Vec<&Candidate> = self
                .candidates
                .iter()
                .filter(|candidate| candidate.sentence == back)
                .filter(in_reach)
                .collect();
            if let Some(found) = earlier
                .iter()
                .find(|candidate| candidate.subject)
                .or_else(|| earlier.first())
            {
                return Some((*found).clone());
            }
        }
        None
    }

    /// Two mentions (or one pair mention) a pair anaphor refers to.
    fn find_pair(
        &self,
        sentence: &ParsedSentence<'_>,
        position: usize,
        agreement: Agreement,
    ) -> Option<Vec<usize>> {
        let fits = |category: Category| match agreement {
            Agreement::Person => category == Category::Person,
            Agreement::Neuter => matches!(category, Category::State | Category::Organisation),
            Agreement::Plural | Agreement::Any => category != Category::Pair,
        };
        for candidate in self.candidates.iter().rev() {
            if candidate.unknown.is_some()
                || candidate.sentence + DESCRIPTION_WINDOW < sentence.index
                || candidate.sentence == sentence.index && candidate.word >= position
            {
                continue;
            }
            let mention = &self.mentions[candidate.mention];
            if candidate.pair.is_some() || mention.category == Category::Pair {
                let pair_fits = self
                    .entities_of(candidate)
                    .iter()
                    .all(|&entity| fits(self.entities[entity].category));
                if pair_fits {
                    return Some(match candidate.pair {
                        Some(_) => Resolver::antecedents_of(candidate),
                        None => mention.antecedents.clone(),
                    });
                }
            }
        }
        let mut chosen: Vec<usize> = Vec::new();
        let mut seen_entities: Vec<usize> = Vec::new();
        for candidate in self.candidates.iter().rev() {
            if candidate.unknown.is_some()
                || candidate.sentence + DESCRIPTION_WINDOW < sentence.index
                || candidate.sentence == sentence.index && candidate.word >= position
            {
                continue;
            }
            let mention = &self.mentions[candidate.mention];
            if candidate.pair.is_some() || mention.category == Category::Pair {
                if chosen.is_empty() {
                    let pair_fits = self
                        .entities_of(candidate)
                        .iter()
                        .all(|&entity| fits(self.entities[entity].category));
                    if pair_fits {
                        return Some(match candidate.pair {
                            Some(_) => Resolver::antecedents_of(candidate),
                            None => mention.antecedents.clone(),
                        });
                    }
                }
                continue;
            }
            if mention.entities.len() != 1 {
                continue;
            }
            // "the two countries" after "Blinken met Xi": the persons' states count.
            let state_of_person = agreement == Agreement::Neuter
                && matches!(mention.category, Category::Person | Category::Group)
                && mention.actors.first().is_some_and(|actor| {
                    self.lexicon
                        .tables()
                        .actor(&actor.country)
                        .is_ok_and(|code| matches!(code.kind.as_str(), "state" | "territory"))
                });
            if !fits(mention.category) && !state_of_person {
                continue;
            }
            let country = mention.actors.first().map(|actor| actor.country.clone());
            let entity = mention.entities[0];
            let repeated = seen_entities.contains(&entity)
                || chosen.iter().any(|&other| {
                    agreement == Agreement::Neuter
                        && self.mentions[other]
                            .actors
                            .first()
                            .map(|actor| &actor.country)
                            == country.as_ref()
                });
            if repeated {
                continue;
            }
            seen_entities.push(entity);
            chosen.push(candidate.mention);
            if chosen.len() == 2 {
                chosen.reverse();
                return Some(chosen);
            }
        }
        None
    }

    /// Coordinated names in the sentence ("Russia and China") become a pair candidate.
    fn add_pairs(&mut self, sentence: &ParsedSentence<'_>, first_new: usize) {
        let named: Vec<usize> = (first_new..self.mentions.len())
            .filter(|&mention| {
                self.mentions[mention].kind == MentionKind::Name
                    && self.mentions[mention].entities.len() == 1
            })
            .collect();
        let word_of = |mention: &Mention| {
            sentence
                .words
                .iter()
                .position(|word| word.span == mention.head)
        };
        for &left in &named {
            let Some(left_word) = word_of(&self.mentions[left]) else {
                continue;
            };
            for &right in &named {
                let Some(right_word) = word_of(&self.mentions[right]) else {
                    continue;
                };
                let coordinated = sentence.words[right_word].deprel == "conj"
                    && sentence.parent(right_word) == Some(left_word);
                let distinct = self.mentions[left].entities != self.mentions[right].entities;
                if coordinated && distinct {
                    let entities = vec![
                        self.mentions[left].entities[0],
                        self.mentions[right].entities[0],
                    ];
                    let _ = entities;
                    let subject = sentence.is_subject(left_word);
                    // The pair is a candidate, not a mention of the text.
                    self.candidates.push_back(Candidate {
                        mention: left,
                        pair: Some((left, right)),
                        unknown: None,
                        sentence: sentence.index,
                        word: right_word,
                        subject,
                    });
                }
            }
        }
    }
}

/// A sentence item in reading order.
enum Item {
    Name {
        number: usize,
        end: usize,
    },
    Anaphor(Anaphor),
    /// A possessive read after the subject it may point forward to.
    Cataphor {
        position: usize,
        anaphor: Anaphor,
        subject: usize,
    },
    Unknown(Agreement),
}

/// True when adjective `word` says whose side a group is on: "pro-Assad", "Iranian-led",
/// "Russian-backed", "Saudi-funded" (the coder's backing words; "the pro-Assad coalition" is a
/// coalition of its own, not the one named before).
fn names_an_alignment(sentence: &ParsedSentence<'_>, word: usize) -> bool {
    let hyphen_before = word > 0 && sentence.lower[word - 1] == "-";
    let lemma = sentence.lemmas[word].as_str();
    sentence.lower[word].starts_with("pro-")
        || hyphen_before && (lemma == "lead" || detente_code::BACKING_WORDS.contains(&lemma))
}

/// True when `word` is a clause modifying a noun (`acl`, no relative clause) that is an
/// infinitive ("failure to meet") or a gerund ("commitment of driving") with no subject of its
/// own.
fn is_subjectless_nonfinite_acl(sentence: &ParsedSentence<'_>, word: usize) -> bool {
    if sentence.words[word].deprel != "acl" {
        return false;
    }
    let children = sentence.children(word);
    let infinitive = children
        .iter()
        .any(|&child| sentence.words[child].deprel == "mark" && sentence.lower[child] == "to");
    let feats = sentence.words[word].feats;
    let gerund = feats.contains("VerbForm=Ger")
        || (feats.contains("VerbForm=Part") && feats.contains("Tense=Pres"));
    (infinitive || gerund)
        && !children
            .iter()
            .any(|&child| sentence.words[child].deprel.starts_with("nsubj"))
}

/// For a possessive pronoun in a phrase put before its clause's subject ("In his speech, Putin
/// said …", "Through its sanctions, Washington …", "Since its troops entered Syria, Turkey
/// …"), that subject.
fn fronted_possessive_subject(sentence: &ParsedSentence<'_>, position: usize) -> Option<usize> {
    if sentence.words[position].deprel != "nmod:poss"
        || !matches!(
            sentence.lower[position].as_str(),
            "his" | "her" | "its" | "their"
        )
    {
        return None;
    }
    let mut node = position;
    for _ in 0..8 {
        let parent = sentence.parent(node)?;
        let subject = sentence
            .children(parent)
            .iter()
            .copied()
            .find(|&child| sentence.words[child].deprel.starts_with("nsubj"));
        if let Some(subject) = subject {
            // The possessive lies in the subject of an adverbial clause ("Since his call
            // congratulating Putin, Trump …"): what counts is where that clause stands.
            if subject == node && sentence.words[parent].deprel == "advcl" {
                node = parent;
                continue;
            }
            let fronted = node != position
                && matches!(
                    sentence.words[node].deprel,
                    "obl" | "advcl" | "advmod" | "obl:tmod"
                )
                && node < subject
                && sentence.phrase(node).1 <= subject;
            return fronted.then_some(subject);
        }
        node = parent;
    }
    None
}

/// A plural common noun that names no actor ("informants", "hostages"), as a participant.
fn is_plain_plural(sentence: &ParsedSentence<'_>, position: usize, covered: &[bool]) -> bool {
    let word = &sentence.words[position];
    word.upos == "NOUN"
        && sentence.is_plural(position)
        && !covered[position]
        && sentence.resolution_of_word[position].is_none()
        && matches!(
            word.deprel,
            "nsubj" | "nsubj:pass" | "obj" | "iobj" | "obl" | "nmod" | "conj" | "appos"
        )
}

/// True when word `position` has a determiner child among `determiners`.
fn has_determiner(sentence: &ParsedSentence<'_>, position: usize, determiners: &[&str]) -> bool {
    sentence.children(position).iter().any(|&child| {
        matches!(sentence.words[child].deprel, "det" | "det:predet")
            && determiners.contains(&sentence.lower[child].as_str())
    })
}

/// The words of a description: from its determiner to its head.
fn description_span(sentence: &ParsedSentence<'_>, position: usize) -> (usize, usize) {
    let start = sentence
        .children(position)
        .iter()
        .copied()
        .filter(|&child| child < position)
        .filter(|&child| {
            matches!(
                sentence.words[child].deprel,
                "det" | "det:predet" | "amod" | "compound" | "nummod"
            )
        })
        .min()
        .unwrap_or(position);
    (start, position + 1)
}

/// "It is likely that …", "it seems": a dummy subject.
fn is_dummy_it(sentence: &ParsedSentence<'_>, position: usize) -> bool {
    let word = &sentence.words[position];
    if word.deprel == "expl" {
        return true;
    }
    let Some(head) = sentence.parent(position) else {
        return false;
    };
    if !word.deprel.starts_with("nsubj") {
        return false;
    }
    if DUMMY_IT_VERBS.contains(&sentence.lemmas[head].as_str()) {
        return true;
    }
    let copula = sentence
        .children(head)
        .iter()
        .any(|&child| sentence.words[child].deprel == "cop");
    let clause = sentence.children(head).iter().any(|&child| {
        matches!(
            sentence.words[child].deprel,
            "ccomp" | "xcomp" | "csubj" | "advcl"
        )
    });
    copula && clause
}

fn starts_upper(form: &str) -> bool {
    form.chars().next().is_some_and(char::is_uppercase)
}
