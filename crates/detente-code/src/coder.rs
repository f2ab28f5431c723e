//! Coding one parsed sentence: predicates from the lexicon, source and target through UD
//! relations, actors from the lexicon on the article date, cues that change or drop the code.
//!
//! # Design note
//! **What.** For every word that heads an event predicate — a verb with a lexicon pattern
//! (`impose sanction`, `call ~on`, `cut tie >with`), a light verb whose object is an event noun
//! ("held talks", "launched airstrikes"), or an event noun standing alone ("Russian airstrikes
//! on Kharkiv") — the coder:
//! 1. finds the **source** through `nsubj`; `obl:agent` of a passive; the subject of the
//!    governing clause for an `xcomp` (control: "refused to meet"), for a conjoined verb with no
//!    subject of its own, and for a purpose clause; the modified noun of a relative clause whose
//!    subject is a relative pronoun; the possessive, adjective or compound modifier of an event
//!    noun;
//! 2. finds the **target** through the pattern's `>PREP`, else `obj`/`iobj`, then
//!    to/with/against/on/at/into/toward(s) or of/from/by inside the object ("held talks with
//!    Iran", "the blockade of Serbia", "an offer from Kabul"), then the same prepositions on the
//!    verb ("with" is an ally, not a target, for fighting), then the pattern's own object noun
//!    when it is an actor ("killed al-Qaeda leaders"); `nsubj:pass` of a passive. Material acts
//!    (aid, yield, protest, force posture, sanctions, coercion, violence) with no named target
//!    act on the place they happen "in" ("lifted the curfew in Montenegro"), as the PLOVER gold
//!    codes them (document reading adds the places only the gazetteer knows: "in Kirkuk"). A
//!    domestic protest with no one named is addressed to the protesters' own government
//!    (implied, flagged in the rule: "Algerian landowners began a hunger strike" DZAAGR →
//!    DZAGOV), unless they are placed in another state. A complaint targets what it is
//!    over/about before its audience; "between" names both parties of a mediation. A threat
//!    takes the subject of its condition, also below the threatened act ("threatened to stop
//!    talks to reduce arms if the US deploys …"); a bare demand the subject of its clause
//!    ("demanded that Hamas renounce …"). The source's own agents named by a possessive
//!    pronoun are not its target ("strengthened its forces in Lebanon" targets Lebanon), nor
//!    are the forces a state withdraws or deploys; a retreat targets the place it leaves
//!    ("withdrew its troops from Syria"); a refusal of someone's offer targets its maker
//!    ("rejected a US offer to host a summit"); an act about an act targets the doer of the
//!    described act ("an investigation into crimes committed by Croat forces"); an event noun
//!    takes its nearest phrase that names someone;
//! 3. resolves each phrase to actors with [`Lexicon::resolve_actors`] on the article date. A
//!    phrase is its head word's actor, else the actor of a modifier inside the noun phrase
//!    (`compound`, `amod`, `nmod:poss`, `flat`, `appos`, `nmod` with "of"); an agent without a
//!    country ("officials", "King") takes the country of an of/in/from or possessive modifier
//!    or of a title before it ("British Defence Secretary Tom King"). Conjoined
//!    phrases ("Hungarian and Romanian officials", "Russia and China") give one event per actor;
//!    a single state adjective on a people gives one actor, the state's ("Iraqi Kurds" IRQ), and
//!    an ethnic group placed in a state, or acting in one, is that state's ("ethnic Albanians
//!    in Macedonia" MKD, "ethnic Albanians demonstrated in Serbia" SRB); authorities with no
//!    country named who coerce in a state are its own ("the government declared a state of
//!    siege in Haiti" HTIGOV), as are people named without a country who use force there
//!    ("rebels kidnapped aid workers in northern Mali" MLIREB; not an invader) or are coerced
//!    there, or coerced or fired on by the state's police, courts or government ("Turkish
//!    police prevented a demonstration staged by students" TUREDU; not by its army, and not
//!    refugees or migrants). The places are the lexicon's and the gazetteer towns document
//!    reading passes in ([`KnownPlace`]). "X-backed Y" is not X's. Events carry the PLOVER
//!    sector the code tables map each sector to (`INS` counts as `REB`), the actor code string
//!    keeps CAMEO's;
//! 4. applies the **cues** on the path from the predicate up to the root of the sentence:
//!    - negation ("did not meet", "no talks") and hypotheticals ("if", "unless", "whether",
//!      questions) drop the event, except a condition on a modal act an actor states ("said it
//!      would impose sanctions unless …"), which is that actor's threat or promise;
//!    - a governing refusal, intent, threat, appeal or demand cue replaces the code by the
//!      parallel code of its family (module `modify`): "refused to meet" 125, "vowed to
//!      strike" 138x, "pledged to provide aid" 033, "urged Iran to release" 0253 with the urged
//!      party as target;
//!    - ending an act is its reversal, not its negation (module `modify`, `ceased_code`):
//!      "halted talks" 164, "stopped arming the rebels" 1622, "ended airstrikes" 087,
//!      "suspended the curfew" 0813, and the frames apply on top ("threatened to stop
//!      negotiations" 134); ending a statement or an arrest is simply no event;
//!    - attempts are acts ("tried to hack into" codes the hacking); a refusal above an offer
//!      refuses the offered act ("rejected an offer to host a summit" 125); "X is opposed to
//!      Y" is X's stance, not a passive;
//!    - a modal or future auxiliary ("may impose sanctions", "will strike", "is going to
//!      withdraw") is not a fact: a hostile act becomes a threat (13x), a cooperative one an
//!      intent (03x), with lower confidence; a verbal act (investigate, demand, criticise,
//!      reject) stays itself. "Allegedly", "reportedly" mark an unconfirmed fact: the act, with
//!      lower confidence;
//!    - reported speech codes the embedded clause with its own subject ("Tass said Russia struck
//!      …" codes Russia); a pronoun subject of a speech complement ("Russia said it would …")
//!      takes the speaker; complements of other verbs ("analysts believe …", "fears that …") are
//!      opinions and are not coded;
//!    - "X said Y must/should …" is a demand by X on Y (the act's code when the lexicon knows
//!      it, else 100), also between two actors of one country ("rebels said the government
//!      must …"); a time clause under such a required or expected act has not happened
//!      ("must agree … before they demobilize");
//!    - not coded at all: questions, sentences with a sports score ("2-1"), acts "in the novel"
//!      or "in the film", hedged event nouns
//!      ("the expected offensive", "the prospect of an operation", "an imminent attack", "a
//!      withdrawal promised by Trump"), event nouns used as modifiers ("aid workers") or talked
//!      about ("speaking about military intervention"), event nouns in a clause that only may
//!      happen, refusals of non-events ("refused to comment"), prevented acts ("prevents Turkey
//!      from invading") and acts warned against, present-tense habits ("they always
//!      complain"), what may happen to someone with no one saying so ("civilians who might be
//!      killed"), meetings with nobody named (a compound subject meets itself: "Russia and
//!      Turkey met" is two events).
//!
//! **Precision first.** No resolved source actor, no event; no lexicon predicate, no event.
//! Verb lemmas the lexicon does not know are repaired from the form by regular English
//! inflection ("blamed" → blame) before giving up, so a lemmatizer slip does not lose an event.
//!
//! **Robust to known parse errors.** The greedy parser's typical mistakes on wire sentences are
//! read through where the tree says so unambiguously: a participle under a noun root or under a
//! second subject of the report verb is the main verb ("Thousands of Kurds demonstrated …,
//! witnesses said"), with the bare noun after it as its object; a place hung on a time phrase
//! ("on Tuesday in Serbia") is still the place; a preposition hung on a number still marks its
//! phrase. An oblique noun is a pattern's object only through the pattern's own preposition
//! (`agree ceasefire ~to`), so "took up a radio in a village" is no `take village`. A demand
//! whose "that" clause lost its verb to the tagger ("demanded that Hamas renounce …" with
//! *renounce* a noun) addresses the first actor after "that"; "up to 16 advisers" read as a
//! preposition is a count.
//!
//! **Rejected.** Coding over the word string (PETRARCH-1 style) — it cannot tell the subject
//! of a relative clause from the object of the main one, and it codes "may impose sanctions"
//! as sanctions. Coding every clause complement as a fact — opinions and fears are not events.
//! Reciprocal pairs for every compound subject (PLOVER's `SRC/TAR`): they double the events
//! of every "X and Y agreed"; one event per actor is kept, with no target, except for
//! meetings, which are mutual by meaning, and exercises two states hold (joint, 062).

use std::borrow::Cow;
use std::collections::HashSet;

use detente_lexicon::{ActorResolution, CueKind, Date, EventEntry, Lexicon, MatchWord, Predicate};
use detente_text::Span;

use crate::cues::CueIndex;
use crate::event::{Antecedent, Event, EventActor};
use crate::modify::{ceased_code, framed_codes, Frame};

/// One analyzed word of a sentence, borrowed from the pipeline's results.
#[derive(Debug, Clone, Copy)]
pub struct SentenceWord<'a> {
    /// The model-facing form.
    pub form: &'a str,
    /// Lemma.
    pub lemma: &'a str,
    /// Universal part of speech.
    pub upos: &'a str,
    /// UD features (`_` when none).
    pub feats: &'a str,
    /// 1-based index of the head, 0 for the root.
    pub head: usize,
    /// UD relation to the head.
    pub deprel: &'a str,
    /// Byte span in the article text.
    pub span: Span,
}

/// An actor that document reading found for a word the lexicon alone cannot resolve: a
/// pronoun ("he", "its"), a description ("the minister", "the two powers") or a bare surname
/// ("Ding"). The coder consults these when a source or target phrase is headed by `head`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedMention {
    /// Byte span of the word that heads the mention (the pronoun, the description's noun).
    pub head: Span,
    /// Byte span of the whole mention ("the two powers").
    pub span: Span,
    /// The actors it stands for: one, or two for a pair ("both nations").
    pub actors: Vec<ResolvedActor>,
}

/// What document reading knows about a sentence before the coder reads it
/// ([`Coder::code_sentence_resolved`]); the default is nothing.
#[derive(Debug, Clone, Copy, Default)]
pub struct SentenceContext<'s> {
    /// The lexicon's actors in the sentence, as [`Lexicon::resolve_actors`] gives them for its
    /// words ([`MatchWord::tagged`] of form, lemma and UPOS) on the article date; `None` to
    /// resolve them in the coder.
    pub actors: Option<&'s [ActorResolution]>,
    /// Actors of pronouns, descriptions and surnames, by head word.
    pub mentions: &'s [ResolvedMention],
    /// Town and region names in the sentence.
    pub places: &'s [KnownPlace],
}

/// A place name document reading found in a sentence with its gazetteer ("Peshawar" in
/// Pakistan): the coder reads it as where an act happens, never as an actor by itself.
#[derive(Debug, Clone, PartialEq)]
pub struct KnownPlace {
    /// Byte span of the name.
    pub span: Span,
    /// ISO 3166 alpha-3 code of its country.
    pub country: String,
}

/// One actor a [`ResolvedMention`] stands for, with the earlier mention it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedActor {
    /// The full CAMEO actor code (`RUSGOV`).
    pub code: String,
    /// Country or group/organisation code.
    pub country: String,
    /// PLOVER sector, when known.
    pub sector: Option<String>,
    /// The antecedent mention as written, with its span.
    pub antecedent: Antecedent,
}

/// The coder: the lexicon with its cues indexed.
#[derive(Debug)]
pub struct Coder<'l> {
    lexicon: &'l Lexicon,
    cues: CueIndex,
    /// Every noun an event pattern names (objects and event-noun words), to repair plural
    /// lemmas the lemmatizer got wrong ("embargoes" → embargoe).
    pattern_nouns: HashSet<String>,
}

/// Codes one sentence with a throwaway [`Coder`]; prefer [`Coder::code_sentence`] in loops.
pub fn code_sentence(
    lexicon: &Lexicon,
    text: &str,
    sentence_index: usize,
    words: &[SentenceWord<'_>],
    date: Option<Date>,
) -> Vec<Event> {
    Coder::new(lexicon).code_sentence(text, sentence_index, words, date)
}

/// Relations that keep a phrase inside its noun phrase when looking for its actor.
const NOUN_PHRASE_RELATIONS: [&str; 7] = [
    "compound",
    "amod",
    "nmod:poss",
    "flat",
    "appos",
    "det",
    "nmod",
];
/// Prepositions that introduce a default target.
const TARGET_PREPOSITIONS: [&str; 10] = [
    "to", "with", "against", "on", "at", "into", "toward", "towards", "upon", "between",
];
/// Verbs that carry an event noun as their object ("held talks", "launched airstrikes",
/// "expanded cooperation", "stepped up attacks").
const LIGHT_VERBS: [&str; 36] = [
    "hold",
    "complete",
    "use",
    "launch",
    "conduct",
    "carry",
    "stage",
    "make",
    "give",
    "take",
    "sign",
    "impose",
    "issue",
    "begin",
    "start",
    "resume",
    "mount",
    "open",
    "undertake",
    "deliver",
    "extend",
    "send",
    "continue",
    "have",
    "expand",
    "deepen",
    "strengthen",
    "boost",
    "increase",
    "intensify",
    "enhance",
    "broaden",
    "step",
    "escalate",
    "renew",
    "widen",
];
/// Verbs and nouns whose "about" phrase is a topic: "talked about an attack".
const TOPIC_WORDS: [&str; 22] = [
    "speak",
    "talk",
    "write",
    "think",
    "ask",
    "know",
    "learn",
    "hear",
    "read",
    "tell",
    "joke",
    "speculate",
    "wonder",
    "debate",
    "book",
    "film",
    "story",
    "question",
    "conversation",
    "discussion",
    "article",
    "documentary",
];
/// Nouns of a stance or deliberation, whose "on" phrase is a topic ("stance on airstrikes").
const STANCE_NOUNS: [&str; 9] = [
    "stance",
    "position",
    "view",
    "opinion",
    "policy",
    "debate",
    "vote",
    "talk",
    "discussion",
];
/// Event nouns that name an act only in the plural: "hostilities" (fighting), not "hostility"
/// (an attitude).
const PLURAL_ONLY_EVENT_NOUNS: [&str; 1] = ["hostility"];
/// Particles of phrasal verbs that the parser may attach as adverbs ("handed over").
const PARTICLE_ADVERBS: [&str; 7] = ["over", "up", "out", "off", "down", "back", "away"];
/// Nouns of help given by coming to someone: "came to Baghdad's aid".
const HELP_NOUNS: [&str; 7] = [
    "aid",
    "assistance",
    "help",
    "rescue",
    "defence",
    "defense",
    "support",
];
/// Verbs of motion that give the help of [`HELP_NOUNS`] ("rushed to the aid of").
const COMING_VERBS: [&str; 8] = [
    "come", "rush", "go", "leap", "spring", "race", "hurry", "run",
];
/// Nouns of someone's downfall: backing or welcoming it is no cooperation with them.
const DOWNFALL_NOUNS: [&str; 14] = [
    "overthrow",
    "ouster",
    "removal",
    "downfall",
    "fall",
    "death",
    "killing",
    "arrest",
    "defeat",
    "departure",
    "toppling",
    "isolation",
    "expulsion",
    "execution",
];
/// Nouns whose "that" clause is supposed, not reported: "speculation that Russia would …".
const SUPPOSITION_NOUNS: [&str; 16] = [
    "speculation",
    "rumour",
    "rumor",
    "fear",
    "possibility",
    "prospect",
    "risk",
    "suggestion",
    "likelihood",
    "chance",
    "scenario",
    "hypothesis",
    "danger",
    "worry",
    "concern",
    "suspicion",
];
/// Verbs whose object does the act of their infinitive: "persuaded Trump to launch strikes",
/// "led Riyadh to renege", "allowed Russia to use the base", "backed the Kurds to oust Isis",
/// "trained rebels to fight". Appeals and demands ("urged Iran to …") are frames of their own.
/// Not "paid $1m to settle" or "used drones to strike": whoever pays or uses acts.
const OBJECT_CONTROL_VERBS: [&str; 27] = [
    "persuade",
    "convince",
    "force",
    "compel",
    "oblige",
    "lead",
    "prompt",
    "drive",
    "cause",
    "allow",
    "permit",
    "enable",
    "help",
    "encourage",
    "induce",
    "pressure",
    "get",
    "back",
    "arm",
    "train",
    "equip",
    "recruit",
    "hire",
    "sponsor",
    "empower",
    "authorize",
    "authorise",
];
/// Modifiers that give an agent word the country of whom it serves: "forces loyal to Assad",
/// "militants linked to al-Qaeda", "workers affiliated with the union".
const ALLEGIANCE_WORDS: [&str; 6] = ["loyal", "affiliate", "link", "ally", "belong", "attach"];
/// Participles that make "X-" a backer, not the owner: "US-backed fighters".
pub const BACKING_WORDS: [&str; 9] = [
    "back", "sponsor", "fund", "support", "arm", "train", "ally", "align", "finance",
];
/// Adverbs that make a present-tense act a habit: "they always complain".
const HABIT_ADVERBS: [&str; 9] = [
    "always",
    "usually",
    "often",
    "typically",
    "generally",
    "routinely",
    "normally",
    "habitually",
    "frequently",
];
/// Words that keep someone from an act named with "from": "prevented Turkey from invading".
const PREVENTING_WORDS: [&str; 14] = [
    "prevent",
    "stop",
    "bar",
    "block",
    "ban",
    "deter",
    "keep",
    "prohibit",
    "discourage",
    "dissuade",
    "restrain",
    "forbid",
    "refrain",
    "preclude",
];
/// Verbs whose act is the event noun behind a preposition: "engaged in ethnic cleansing",
/// "resorted to force", "took part in talks" (as `take part`, a pattern of its own).
const PREPOSITIONAL_LIGHT_VERBS: [(&str, &str); 4] = [
    ("engage", "in"),
    ("resort", "to"),
    ("participate", "in"),
    ("indulge", "in"),
];
/// Participles that state a stance with "be … to" rather than a passive: "is opposed to".
const STANCE_PARTICIPLES: [&str; 1] = ["oppose"];
/// Verbs whose subject is an act that goes on, breaks out or grows: "riots continued",
/// "clashes erupted", "fighting intensified".
const ASPECTUAL_VERBS: [&str; 12] = [
    "continue",
    "erupt",
    "spread",
    "intensify",
    "escalate",
    "resume",
    "rage",
    "persist",
    "flare",
    "occur",
    "break",
    "go",
];
/// Verbs that end the act they govern: "halted talks", "stopped arming the rebels",
/// "withdrew its peacekeeping force".
const CESSATION_VERBS: [&str; 9] = [
    "withdraw",
    "stop",
    "halt",
    "suspend",
    "cease",
    "end",
    "freeze",
    "terminate",
    "discontinue",
];
/// Adverbs that mark a reported fact as unconfirmed ("allegedly attacked"): the act is coded,
/// with lower confidence, neither dropped nor turned into a threat.
const EVIDENTIAL_ADVERBS: [&str; 5] = [
    "reportedly",
    "allegedly",
    "purportedly",
    "apparently",
    "supposedly",
];
/// Sectors of a state's own authorities: named without a country, they belong to the state
/// where they coerce ("police imposed a curfew in Lagos").
const AUTHORITY_SECTORS: [&str; 5] = ["GOV", "COP", "MIL", "JUD", "SPY"];
/// Future auxiliaries: what they govern has not happened yet.
const FUTURE_AUXILIARIES: [&str; 3] = ["will", "shall", "'ll"];
/// Negation words that may modify the predicate directly.
const NEGATORS: [&str; 4] = ["not", "n't", "never", "no"];
/// True for CAMEO roots whose acts are material and done to a place when no one else is
/// named: aid, yield, protest, force posture, reduced relations, coercion, assault, fighting.
/// Document reading uses it too, for places the lexicon does not know ("protested in Kirkuk").
pub fn acts_on_place(code: &str) -> bool {
    matches!(
        code.get(..2),
        Some("07" | "08" | "14" | "15" | "16" | "17" | "18" | "19" | "20")
    )
}

/// Currency words that head a sum of money ("$2 billion in aid").
const MONEY_WORDS: [&str; 9] = ["$", "€", "£", "¥", "dollar", "euro", "pound", "yen", "yuan"];
/// Nouns that measure another noun: "tons of aid", "a batch of sanctions", "three days of
/// airstrikes".
const QUANTITY_NOUNS: [&str; 30] = [
    "hour",
    "day",
    "week",
    "month",
    "year",
    "spate",
    "ton",
    "tonne",
    "thousand",
    "million",
    "billion",
    "hundred",
    "dozen",
    "number",
    "series",
    "batch",
    "round",
    "wave",
    "package",
    "set",
    "shipment",
    "consignment",
    "lot",
    "amount",
    "barrel",
    "kilogram",
    "litre",
    "liter",
    "truckload",
    "planeload",
];
/// Nouns for some of a group, whose "of" phrase names the group: "members of a separatist
/// group", "scores of refugees".
/// Prepositions of a place an act happens in.
const LOCATIVE_PREPOSITIONS: [&str; 8] = [
    "in",
    "at",
    "near",
    "across",
    "outside",
    "inside",
    "around",
    "throughout",
];
/// Abstractions one "fights" as a policy: "fighting terrorism" attacks no one.
const ABSTRACT_FOES: [&str; 12] = [
    "terrorism",
    "extremism",
    "radicalism",
    "jihadism",
    "corruption",
    "crime",
    "poverty",
    "disease",
    "inflation",
    "racism",
    "fascism",
    "impunity",
];
/// Event nouns whose possessor is the one the act is done to ("his arrest", "their capture").
const PATIENT_NOUNS: [&str; 16] = [
    "arrest",
    "capture",
    "detention",
    "killing",
    "assassination",
    "abduction",
    "kidnapping",
    "release",
    "execution",
    "extradition",
    "expulsion",
    "deportation",
    "imprisonment",
    "murder",
    "torture",
    "ouster",
];
/// Nouns of one party of a relation: "Israel's allies" are not Israel, "their captives" not
/// their captors, "Putin's critics" not Putin.
const RELATIONAL_NOUNS: [&str; 19] = [
    "ally",
    "partner",
    "enemy",
    "rival",
    "neighbour",
    "neighbor",
    "opponent",
    "adversary",
    "foe",
    "proxy",
    "client",
    "counterpart",
    "captive",
    "hostage",
    "prisoner",
    "detainee",
    "victim",
    "critic",
    "captor",
];
/// Nouns of a proposal, whose content may name whom it concerns.
const PROPOSAL_NOUNS: [&str; 9] = [
    "call",
    "request",
    "proposal",
    "offer",
    "invitation",
    "plan",
    "appeal",
    "demand",
    "suggestion",
];
/// Nouns of a dispute between parties, which a settlement ends.
const DISPUTE_NOUNS: [&str; 9] = [
    "dispute",
    "conflict",
    "row",
    "feud",
    "quarrel",
    "standoff",
    "rift",
    "war",
    "disagreement",
];
const PART_NOUNS: [&str; 6] = ["member", "score", "group", "handful", "some", "most"];
/// Words besides weekday and month names that make an `obl` a time, not a participant or a
/// particle.
const TIME_WORDS: [&str; 11] = [
    "day",
    "week",
    "month",
    "year",
    "weekend",
    "morning",
    "evening",
    "night",
    "afternoon",
    "today",
    "time",
];
/// Modifiers that make an event noun a possibility, not a fact.
const HEDGING_MODIFIERS: [&str; 14] = [
    "expected",
    "expect",
    "possible",
    "planned",
    "plan",
    "proposed",
    "propose",
    "potential",
    "likely",
    "future",
    "rumoured",
    "rumored",
    "imminent",
    "looming",
];
/// Participles after an event noun that make it a promise or a plan, not an act: "a withdrawal
/// promised by Trump".
const PROMISING_PARTICIPLES: [&str; 7] = [
    "promise", "pledge", "plan", "propose", "expect", "threaten", "vow",
];
/// Nouns whose complement is a possibility ("the prospect of an offensive").
const HEDGING_NOUNS: [&str; 7] = [
    "prospect",
    "possibility",
    "chance",
    "risk",
    "fear",
    "likelihood",
    "threat",
];

/// Works of fiction: what happens "in the novel" did not happen.
const FICTION_FRAMES: [&str; 12] = [
    "novel", "film", "movie", "play", "book", "series", "episode", "game", "fiction", "story",
    "show", "dream",
];
/// Pronouns that, as subject of a speech complement, usually stand for the speaker.
const SPEAKER_PRONOUNS: [&str; 5] = ["it", "they", "he", "she", "we"];

impl<'l> Coder<'l> {
    /// Prepares a coder for `lexicon`.
    pub fn new(lexicon: &'l Lexicon) -> Coder<'l> {
        let mut pattern_nouns = HashSet::new();
        for entry in lexicon.events() {
            pattern_nouns.extend(entry.pattern.object.iter().cloned());
            if entry.pattern.noun {
                pattern_nouns.extend(entry.pattern.head.iter().cloned());
            }
        }
        Coder {
            lexicon,
            cues: CueIndex::build(lexicon),
            pattern_nouns,
        }
    }

    /// The lexicon.
    pub fn lexicon(&self) -> &'l Lexicon {
        self.lexicon
    }

    /// True when a story-level discard phrase (sports results, obituaries) is in `words`.
    pub fn discards_story(&self, words: &[SentenceWord<'_>]) -> bool {
        let match_words = match_words(words);
        let matches = self.lexicon.match_words(&match_words);
        self.lexicon.discards_story(&matches)
    }

    /// Codes the events of one sentence. `text` is the article text the word spans point into;
    /// `date` the article date, on which persons are resolved.
    pub fn code_sentence(
        &self,
        text: &str,
        sentence_index: usize,
        words: &[SentenceWord<'_>],
        date: Option<Date>,
    ) -> Vec<Event> {
        self.code_sentence_resolved(
            text,
            sentence_index,
            words,
            date,
            SentenceContext::default(),
        )
    }

    /// Codes the events of one sentence like [`Coder::code_sentence`], with what document
    /// reading knows of it (`context`): the actors it resolved for pronouns, descriptions and
    /// surnames (a source or target phrase headed by such a word takes those actors, and the
    /// event's [`EventActor::antecedent`] records the mention they came from); the town and
    /// region names the lexicon does not know as actors (an act "in Peshawar" happens in
    /// Pakistan); and, when it has them, the lexicon's actors of the sentence, so that they are
    /// not matched and resolved a second time.
    pub fn code_sentence_resolved(
        &self,
        text: &str,
        sentence_index: usize,
        words: &[SentenceWord<'_>],
        date: Option<Date>,
        context: SentenceContext<'_>,
    ) -> Vec<Event> {
        if words.is_empty() || words.len() > 400 {
            return Vec::new();
        }
        let resolutions = match context.actors {
            Some(actors) => Cow::Borrowed(actors),
            None => {
                let match_words = match_words(words);
                let matches = self.lexicon.match_words(&match_words);
                Cow::Owned(self.lexicon.resolve_actors(&match_words, &matches, date))
            }
        };
        let (resolved, places) = (context.mentions, context.places);
        let mut sentence = Sentence::new(text, words, resolutions);
        sentence.date = date;
        sentence.resolved_of_word = words
            .iter()
            .map(|word| resolved.iter().find(|mention| mention.head == word.span))
            .collect();
        sentence.place_of_word = words
            .iter()
            .map(|word| {
                places.iter().find(|place| {
                    place.span.start <= word.span.start && word.span.end <= place.span.end
                })
            })
            .collect();
        for (index, word) in words.iter().enumerate() {
            if word.upos == "VERB" {
                if let Some(better) = self.repaired_verb_lemma(word) {
                    sentence.lemmas[index] = better;
                }
            } else if word.upos == "NOUN" {
                if let Some(better) = self.repaired_noun_lemma(word) {
                    sentence.lemmas[index] = better;
                }
            }
        }
        if sentence.is_question() || sentence.has_score() {
            return Vec::new();
        }
        let mut events: Vec<Event> = Vec::new();
        let mut consumed_nouns: Vec<usize> = Vec::new();
        for (index, word) in words.iter().enumerate() {
            // A participle used as an adjective ("the promised utopia") names no act.
            if word.upos == "VERB" && word.deprel != "amod" {
                for found in self.verb_events(&sentence, index, &mut consumed_nouns) {
                    push_unique(&mut events, sentence_index, found);
                }
            }
        }
        for (index, word) in words.iter().enumerate() {
            if word.upos == "VERB" {
                for found in self.obligation_events(&sentence, index) {
                    push_unique(&mut events, sentence_index, found);
                }
            }
        }
        for (index, word) in words.iter().enumerate() {
            if word.upos == "NOUN" && !consumed_nouns.contains(&index) {
                for found in self.noun_events(&sentence, index) {
                    push_unique(&mut events, sentence_index, found);
                }
            }
        }
        events
    }

    /// A pattern noun for a plural whose model lemma no pattern knows ("embargoes" lemmatized
    /// "embargoe" → embargo), by regular English plurals undone on the form.
    fn repaired_noun_lemma(&self, word: &SentenceWord<'_>) -> Option<String> {
        let lemma = word.lemma.to_lowercase();
        if self.pattern_nouns.contains(&lemma) {
            return None;
        }
        let mut candidates = Vec::new();
        push_s_stems(&word.form.to_lowercase(), &mut candidates);
        candidates
            .into_iter()
            .find(|candidate| self.pattern_nouns.contains(candidate))
    }

    /// A lemma the lexicon knows for a verb whose model lemma it does not ("blam" for
    /// "blamed"): regular English inflections undone on the form. `None` keeps the model's.
    fn repaired_verb_lemma(&self, word: &SentenceWord<'_>) -> Option<String> {
        let known = |lemma: &str| {
            self.lexicon.verb_events(lemma).next().is_some()
                || !self.cues.kinds(lemma, &[]).is_empty()
        };
        let lemma = word.lemma.to_lowercase();
        if known(&lemma) {
            return None;
        }
        let form = word.form.to_lowercase();
        let mut candidates: Vec<String> = vec![form.clone()];
        // "shot" under a present tag stays "shot" (a noun of its own) in the lemmatizer.
        candidates.extend(detente_nlp::irregular::irregular_base(&form).map(str::to_string));
        let undouble = |stem: &str| -> Option<String> {
            let bytes = stem.as_bytes();
            let n = bytes.len();
            (n >= 2 && bytes[n - 1] == bytes[n - 2]).then(|| stem[..n - 1].to_string())
        };
        if let Some(stem) = form.strip_suffix("ied") {
            candidates.push(format!("{stem}y"));
        }
        if let Some(stem) = form.strip_suffix("ed") {
            candidates.push(format!("{stem}e"));
            candidates.push(stem.to_string());
            candidates.extend(undouble(stem));
        }
        if let Some(stem) = form.strip_suffix("ing") {
            candidates.push(stem.to_string());
            candidates.push(format!("{stem}e"));
            candidates.extend(undouble(stem));
        }
        push_s_stems(&form, &mut candidates);
        candidates.into_iter().find(|candidate| known(candidate))
    }

    /// The events of verb `index`, or none.
    fn verb_events(
        &self,
        sentence: &Sentence<'_, '_>,
        index: usize,
        consumed_nouns: &mut Vec<usize>,
    ) -> Vec<Found> {
        let Some(predicate) = self.verb_predicate(sentence, index) else {
            return Vec::new();
        };
        if let Some(noun) = predicate.noun {
            consumed_nouns.push(noun);
        }
        // A cue verb governing a codable complement is coded through that complement.
        if self.governs_codable_complement(sentence, index) {
            return Vec::new();
        }
        // "refused to confirm", "declined to be named": a refusal of something that is not an
        // event is not a rejection.
        if self.frame_of(sentence, index) == Some(Frame::Refusal)
            && sentence.children(index).iter().any(|&child| {
                matches!(sentence.words[child].deprel, "xcomp" | "ccomp")
                    && matches!(sentence.words[child].upos, "VERB" | "AUX")
            })
        {
            return Vec::new();
        }
        let mut found = self.code_predicate(sentence, index, &predicate);
        // A warning with no codable act and nobody warned ("a journalist warned that …") is
        // a comment, not a threat.
        if self.frame_of(sentence, index) == Some(Frame::Threat) {
            found.retain(|event| event.target.is_some());
        }
        found
    }

    /// The lexicon predicate headed by verb `index`: its own pattern, or an event noun it
    /// carries as a light verb.
    fn verb_predicate<'e>(
        &'e self,
        sentence: &Sentence<'_, '_>,
        index: usize,
    ) -> Option<Match<'e>> {
        let lemma = sentence.lemma(index);
        let mut objects: Vec<String> = Vec::new();
        let mut particles: Vec<String> = Vec::new();
        let mut prepositions: Vec<String> = Vec::new();
        let mut object_nouns: Vec<usize> = Vec::new();
        let mut obliques: Vec<(String, String)> = Vec::new();
        for &child in sentence.children(index) {
            let relation = sentence.words[child].deprel;
            match relation {
                "obj" | "nsubj:pass" => {
                    objects.push(sentence.lemma(child));
                    object_nouns.push(child);
                    // "shot down 30 drones" with "down" hung on the object, "handed over two
                    // suspects" with "over" read as "more than two": the verb's particle.
                    let particle = index + 1;
                    let on_object =
                        sentence.words.get(particle).is_some_and(|word| {
                            word.head == child + 1
                                || sentence.words.get(word.head.wrapping_sub(1)).is_some_and(
                                    |count| count.head == child + 1 && count.deprel == "nummod",
                                )
                        });
                    if on_object
                        && particle < child
                        && sentence.words[particle].deprel == "advmod"
                        && matches!(
                            sentence.lemma(particle).as_str(),
                            "down" | "out" | "off" | "up" | "back" | "away" | "over"
                        )
                    {
                        particles.push(sentence.lemma(particle));
                    }
                    // "provided 25,000 tons of aid": the measured noun is the object; so is
                    // what a sum of money is in ("pledged $2 billion in aid").
                    let money = MONEY_WORDS.contains(&sentence.lemma(child).as_str());
                    if money || QUANTITY_NOUNS.contains(&sentence.lemma(child).as_str()) {
                        for &inner in sentence.children(child) {
                            let case = sentence.case_of(inner);
                            if sentence.words[inner].deprel == "nmod"
                                && (case.as_deref() == Some("of")
                                    || money && case.as_deref() == Some("in"))
                            {
                                objects.push(sentence.lemma(inner));
                                object_nouns.push(inner);
                            }
                        }
                    }
                    for &inner in sentence.children(child) {
                        if sentence.words[inner].deprel == "nmod" {
                            if let Some(case) = sentence.case_of(inner) {
                                prepositions.push(case);
                            }
                            // "drove extremists out of Syria" with "out of Syria" hung on the
                            // object: "out of" completes the verb.
                            let cases = sentence.children_with(inner, "case");
                            if let [out, of, ..] = cases.as_slice() {
                                if sentence.lemmas[*out] == "out" && sentence.lemmas[*of] == "of" {
                                    particles.push("out".to_owned());
                                }
                            }
                        }
                    }
                }
                "compound:prt" => particles.push(sentence.lemma(child)),
                "advmod" if sentence.is_adverb_particle(index, child) => {
                    particles.push(sentence.lemma(child));
                }
                // "agreed on Tuesday": a time is not a particle of the verb; a phrase the parser
                // hung on it is the verb's ("spoke by phone on Thursday with Xi" read as
                // "Thursday with Xi").
                "obl" if sentence.is_time(child) => {
                    for &inner in sentence.children(child) {
                        let noun = matches!(sentence.words[inner].upos, "NOUN" | "PROPN");
                        if let Some(case) = sentence.case_of(inner).filter(|_| noun) {
                            if !sentence.is_time(inner) {
                                particles.push(case.clone());
                                prepositions.push(case);
                            }
                        }
                    }
                }
                "obl" | "obl:agent" => {
                    if let Some(case) = sentence.case_of(child) {
                        particles.push(case.clone());
                        prepositions.push(case);
                    }
                    // "gave in to US pressure" parsed with both words as the noun's case: the
                    // first is the verb's particle, the second the preposition.
                    let cases = sentence.children_with(child, "case");
                    for &extra in cases.iter().skip(1) {
                        particles.push(sentence.lemma(extra));
                    }
                    // An oblique noun is a pattern's object only through the pattern's own
                    // preposition ("agreed to a ceasefire" is `agree ceasefire ~to`; "took up a
                    // radio in a village" is no `take village`). The agent is the doer, never
                    // the pattern's object: "imposed by the United States" is no "impose state".
                    // "is opposed to French mediation": a stance's "to" phrase is its object.
                    let stance_object = STANCE_PARTICIPLES.contains(&lemma.as_str())
                        && sentence.case_of(child).as_deref() == Some("to");
                    if relation == "obl" {
                        match sentence.case_of(child) {
                            Some(case) if !stance_object => {
                                obliques.push((case, sentence.lemma(child)))
                            }
                            _ => objects.push(sentence.lemma(child)),
                        }
                    }
                }
                // "held Syria responsible", "declared the zone closed": a secondary predicate.
                "xcomp" if matches!(sentence.words[child].upos, "NOUN" | "ADJ") => {
                    objects.push(sentence.lemma(child));
                }
                _ => {}
            }
        }
        // "A Russian official offered concessions last November …" parsed as a noun phrase:
        // the verb hangs off the noun as a participle and its object off the noun too. The
        // first bare noun after the verb is the verb's object.
        if object_nouns.is_empty() && sentence.acl_is_main_verb(index) {
            if let Some(parent) = sentence.parent(index) {
                let stray = sentence.children(parent).iter().copied().find(|&sibling| {
                    sibling > index
                        && matches!(sentence.words[sibling].deprel, "nmod" | "obj" | "appos")
                        && matches!(sentence.words[sibling].upos, "NOUN" | "PROPN")
                        && sentence.case_of(sibling).is_none()
                        && !sentence.is_time(sibling)
                });
                if let Some(noun) = stray {
                    objects.push(sentence.lemma(noun));
                    object_nouns.push(noun);
                }
            }
        }
        let object_refs: Vec<&str> = objects.iter().map(String::as_str).collect();
        let oblique_refs: Vec<(&str, &str)> = obliques
            .iter()
            .map(|(case, lemma)| (case.as_str(), lemma.as_str()))
            .collect();
        let particle_refs: Vec<&str> = particles.iter().map(String::as_str).collect();
        let preposition_refs: Vec<&str> = prepositions.iter().map(String::as_str).collect();
        // "ethnic Albanians demonstrated in Serbia" but not "demonstrated its commitment" nor
        // "demonstrated that …": `!obj` patterns want neither object nor complement clause.
        let intransitive = !sentence.children(index).iter().any(|&child| {
            matches!(
                sentence.words[child].deprel,
                "obj" | "iobj" | "ccomp" | "xcomp" | "nsubj:pass" | "csubj"
            )
        });
        let query = Predicate {
            verb: &lemma,
            objects: &object_refs,
            particles: &particle_refs,
            prepositions: &preposition_refs,
            obliques: &oblique_refs,
            intransitive,
        };
        let verb_entry = self.lexicon.best_verb_event(&query);
        let specific = verb_entry.is_some_and(|entry| entry.pattern.specificity() > 1);
        // "staged a hunger strike" is a hunger strike (142), not the generic `stage strike`
        // (143): a light verb's compound event noun of the same CAMEO root names the act more
        // precisely than a `VERB OBJECT` pattern on the compound's head, and so does the means
        // of a material conflict ("mounted a chemical attack" 20, not `mount attack` 190).
        // Otherwise the verb is the act: "signed a trade agreement" is a signing (057), not
        // trade (061).
        let material_conflict = |code: &str| {
            code.get(..2)
                .is_some_and(|root| ("14".."21").contains(&root))
        };
        let compound_noun = verb_entry.is_some_and(|verb_entry| {
            verb_entry.pattern.particles.is_empty()
                && verb_entry.pattern.target_preposition.is_none()
                && object_nouns.iter().any(|&noun| {
                    self.noun_entry(sentence, noun).is_some_and(|entry| {
                        entry.pattern.head.len() > 1
                            && (entry.code.get(..2) == verb_entry.code.get(..2)
                                || material_conflict(&entry.code)
                                    && material_conflict(&verb_entry.code))
                    })
                })
        });
        if (!specific || compound_noun) && LIGHT_VERBS.contains(&lemma.as_str()) {
            // "launched artillery, mortar and rocket fire": the event noun may end a list of
            // objects, each conjunct sharing it.
            let conjuncts = object_nouns.iter().flat_map(|&noun| {
                sentence
                    .children(noun)
                    .iter()
                    .copied()
                    .filter(|&child| sentence.words[child].deprel == "conj")
            });
            let candidates: Vec<usize> = object_nouns.iter().copied().chain(conjuncts).collect();
            // "had made the use of chemical weapons a red line": "make X Y" says what X is, it
            // does not do X.
            // (The parser may hang the predicate on the object or a phrase in it.)
            let bare_predicate = |word: usize| {
                matches!(sentence.words[word].deprel, "nmod:unmarked" | "appos")
                    && sentence.words[word].upos == "NOUN"
                    && sentence.case_of(word).is_none()
            };
            let predicated = |noun: usize| {
                lemma == "make"
                    && (sentence.children(index).iter().any(|&child| {
                        sentence.words[child].deprel == "xcomp"
                            && matches!(sentence.words[child].upos, "NOUN" | "ADJ")
                    }) || sentence.children(noun).iter().any(|&child| {
                        bare_predicate(child)
                            || sentence
                                .children(child)
                                .iter()
                                .any(|&inner| bare_predicate(inner))
                    }))
            };
            for &noun in candidates.iter().filter(|&&noun| !predicated(noun)) {
                if let Some(entry) = self.noun_entry(sentence, noun) {
                    return Some(Match {
                        entry,
                        code: entry.code.clone(),
                        noun: Some(noun),
                        construction: "light verb + event noun",
                    });
                }
            }
        }
        // "engaged in ethnic cleansing", "resorted to collective punishment": the act is the
        // event noun behind the verb's own preposition.
        let light_preposition = PREPOSITIONAL_LIGHT_VERBS
            .iter()
            .find(|(verb, _)| *verb == lemma.as_str())
            .map(|&(_, preposition)| preposition);
        if let Some(preposition) = light_preposition.filter(|_| !specific) {
            for &child in sentence.children(index) {
                if sentence.words[child].deprel == "obl"
                    && sentence.case_of(child).as_deref() == Some(preposition)
                {
                    if let Some(entry) = self.noun_entry(sentence, child) {
                        return Some(Match {
                            entry,
                            code: entry.code.clone(),
                            noun: Some(child),
                            construction: "light verb + event noun",
                        });
                    }
                }
            }
        }
        // "halted talks with Iran", "suspended aid deliveries": ending an act is its own act;
        // so is withdrawing a compound one ("withdraw their peacekeeping force" 1661, not the
        // `withdraw force` retreat).
        let ceased_compound = sentence.is_cessation_verb(index)
            && object_nouns.iter().any(|&noun| {
                self.noun_entry(sentence, noun).is_some_and(|entry| {
                    entry.pattern.head.len() > 1 && ceased_code(&lemma, &entry.code).is_some()
                })
            });
        if (!specific || ceased_compound) && sentence.is_cessation_verb(index) {
            for &noun in &object_nouns {
                if let Some(entry) = self.noun_entry(sentence, noun) {
                    if let Some(code) = ceased_code(&lemma, &entry.code) {
                        return Some(Match {
                            entry,
                            code: code.to_string(),
                            noun: Some(noun),
                            construction: "ending verb + event noun",
                        });
                    }
                }
            }
        }
        let entry = verb_entry?;
        // The pattern's noun may be a direct object or, with a particle, an oblique ("called
        // for sanctions against Nigeria": the target is inside it).
        let noun = entry.pattern.object.as_deref().and_then(|object| {
            object_nouns
                .iter()
                .copied()
                .chain(
                    sentence
                        .children(index)
                        .iter()
                        .copied()
                        .filter(|&child| sentence.words[child].deprel == "obl"),
                )
                .find(|&noun| sentence.lemma(noun) == object)
        });
        Some(Match {
            entry,
            code: entry.code.clone(),
            noun,
            construction: "verb",
        })
    }

    /// The event-noun entry of noun `index`, its compound words present around it.
    fn noun_entry(&self, sentence: &Sentence<'_, '_>, index: usize) -> Option<&'l EventEntry> {
        let lemma = sentence.lemma(index);
        // "Trump's hostility" is an attitude; "hostilities" are fighting.
        if PLURAL_ONLY_EVENT_NOUNS.contains(&lemma.as_str())
            && sentence.words[index].form.eq_ignore_ascii_case(&lemma)
        {
            return None;
        }
        self.lexicon
            .noun_events(&lemma)
            .filter(|entry| sentence.has_compound_at(index, &entry.pattern.head))
            .max_by(|a, b| {
                a.pattern
                    .head
                    .len()
                    .cmp(&b.pattern.head.len())
                    .then_with(|| b.code.cmp(&a.code))
            })
    }

    /// True when verb `index` is a refusal, intent, threat or appeal cue whose complement is
    /// itself a lexicon predicate.
    fn governs_codable_complement(&self, sentence: &Sentence<'_, '_>, index: usize) -> bool {
        if self.frame_of(sentence, index).is_none() {
            return false;
        }
        let purpose = self.is_purpose_of_refusal_verb(sentence, index);
        sentence.children(index).iter().any(|&child| {
            let relation = sentence.words[child].deprel;
            (matches!(relation, "xcomp" | "ccomp")
                || relation == "advcl"
                    && !purpose
                    && sentence.mark_of(child).as_deref() == Some("to"))
                && sentence.words[child].upos == "VERB"
                && self.verb_predicate(sentence, child).is_some()
        })
    }

    /// True when refusal cue `index` has a direct object, so that a "to" clause under it is
    /// its purpose, not the refused act: "blocked streets to demand reforms".
    fn is_purpose_of_refusal_verb(&self, sentence: &Sentence<'_, '_>, index: usize) -> bool {
        self.frame_of(sentence, index) == Some(Frame::Refusal)
            && !sentence.children_with(index, "obj").is_empty()
    }

    /// The frame a governing word sets for its complement, if it is such a cue.
    fn frame_of(&self, sentence: &Sentence<'_, '_>, index: usize) -> Option<Frame> {
        let lemma = sentence.lemma(index);
        let particles = sentence.particles(index);
        let particle_refs: Vec<&str> = particles.iter().map(String::as_str).collect();
        let kinds = self.cues.kinds(&lemma, &particle_refs);
        if kinds.contains(&CueKind::Refusal) {
            Some(Frame::Refusal)
        } else if kinds.contains(&CueKind::Threat) {
            Some(Frame::Threat)
        } else if kinds.contains(&CueKind::Appeal) {
            if matches!(lemma.as_str(), "demand" | "insist") {
                Some(Frame::Demand)
            } else {
                Some(Frame::Appeal)
            }
        } else if kinds.contains(&CueKind::Intent) {
            Some(Frame::Intent)
        } else if lemma == "tell"
            && !sentence.objects_of(index).is_empty()
            && sentence.children(index).iter().any(|&child| {
                matches!(sentence.words[child].deprel, "xcomp" | "advcl")
                    && sentence.mark_of(child).as_deref() == Some("to")
            })
        {
            // "told people to conduct attacks at home": telling someone to act asks them to.
            Some(Frame::Appeal)
        } else if lemma == "go"
            && sentence.words[index].form.eq_ignore_ascii_case("going")
            && sentence.children(index).iter().any(|&child| {
                sentence.words[child].deprel == "aux" && sentence.lemma(child) == "be"
            })
        {
            // "we're going to withdraw": a stated intention, not the act ("went on to sign"
            // is the act).
            Some(Frame::Intent)
        } else {
            None
        }
    }

    /// Codes predicate `found` headed by `index` (a verb, or the noun itself).
    fn code_predicate(
        &self,
        sentence: &Sentence<'_, '_>,
        index: usize,
        found: &Match<'_>,
    ) -> Vec<Found> {
        let mut confidence: f32 = 0.9;
        let mut construction: Vec<String> = vec![found.construction.to_string()];
        // Negation and hypotheticals on the predicate itself.
        if sentence.is_negated(index) || found.noun.is_some_and(|noun| sentence.is_negated(noun)) {
            return Vec::new();
        }
        // "keep the focus on fighting jihadist terrorism", "combat corruption": fighting an
        // abstraction is a policy, not an attack on anyone.
        if found.code.starts_with("19") {
            let objects = sentence.objects_of(index);
            if !objects.is_empty()
                && objects
                    .iter()
                    .all(|&object| ABSTRACT_FOES.contains(&sentence.lemma(object).as_str()))
            {
                return Vec::new();
            }
        }
        // "The administration's mantra has been to assist rather than lead", "its aim is to
        // weaken Iran": an infinitive a thing is (a goal, a policy) states a purpose, not an act.
        let copular_infinitive = sentence.mark_of(index).as_deref() == Some("to")
            && sentence
                .children(index)
                .iter()
                .any(|&child| sentence.words[child].deprel == "cop");
        if copular_infinitive
            && sentence
                .children_with(index, "nsubj")
                .iter()
                .any(|&subject| {
                    sentence.words[subject].upos == "NOUN"
                        && sentence.resolution_at(subject).is_none()
                })
        {
            return Vec::new();
        }
        // Walk up: conjoined verbs share their first conjunct's context.
        let mut anchor = index;
        while sentence.words[anchor].deprel == "conj" {
            match sentence.parent(anchor) {
                Some(parent) if sentence.words[parent].upos == "VERB" => anchor = parent,
                _ => break,
            }
        }
        if anchor != index && sentence.is_negated(anchor) {
            return Vec::new();
        }
        // "can prosecute", "could strike": an ability or a possibility, neither done nor
        // threatened.
        if sentence.has_ability_modal(index) || sentence.has_ability_modal(anchor) {
            return Vec::new();
        }
        let modal = sentence.has_modal(index, &self.cues) || sentence.has_modal(anchor, &self.cues);
        if let Some(adverb) = [index, anchor]
            .iter()
            .flat_map(|&verb| sentence.children(verb).iter().copied())
            .find(|&child| {
                sentence.words[child].deprel == "advmod"
                    && EVIDENTIAL_ADVERBS.contains(&sentence.lemma(child).to_lowercase().as_str())
            })
        {
            confidence -= 0.2;
            construction.push(format!("unconfirmed ({})", sentence.lemma(adverb)));
        }

        // Source and target of the predicate itself.
        let (mut sources, mut targets, how) = self.roles(sentence, index, found);
        // "forces continue to pound the area, backed by Iranian and Russian allies": a passive
        // whose agent is named but is no actor was done by someone unknown, not by whoever
        // the clauses above would lend it.
        if sources.is_empty()
            && sentence.is_passive(index)
            && !sentence.children_with(index, "obl:agent").is_empty()
        {
            return Vec::new();
        }
        // "vetoed UN resolutions against Assad", "vetoed a resolution on Syria": a veto is cast
        // against whoever proposed the measure, not whom the measure was against (the veto
        // shields them).
        if found.code.starts_with("129") && sentence.words[index].upos == "VERB" {
            targets = self.proposers(sentence, index);
        }
        if anchor != index && sentence.is_passive(index) {
            // "Rebels attacked the town and were repelled by the army": the shared subject
            // undergoes a passive conjunct; only its agent acts.
            if targets.is_empty() {
                let inherited = self.subject_actors(sentence, anchor).0;
                if !inherited.is_empty() {
                    targets = inherited;
                    confidence -= 0.1;
                    construction.push("subject of conjoined verb as patient".to_string());
                }
            }
        } else if sources.is_empty()
            && anchor != index
            && !sentence.is_infinitive_on_finite(index, anchor)
        {
            sources = self.subject_actors(sentence, anchor).0;
            confidence -= 0.1;
            construction.push("subject of conjoined verb".to_string());
        }
        construction.push(how);

        // The act being coded; ending it ("stopped arming the rebels") changes its code.
        let mut act = Match {
            entry: found.entry,
            code: found.code.clone(),
            noun: found.noun,
            construction: found.construction,
        };
        // The governing clause: frames, control, reported speech.
        let mut frame: Option<Frame> = None;
        // The act is someone's reported statement ("Nigeria announced that it will …").
        let mut stated = false;
        // Who reports the act, when a report verb governs it ("an activist said …").
        let mut reporters: Option<Vec<Actor>> = None;
        let mut predicate_start = sentence.words[index].span.start;
        let mut predicate_end = sentence.words[index].span.end;
        if let Some(noun) = act.noun {
            predicate_start = predicate_start.min(sentence.words[noun].span.start);
            predicate_end = predicate_end.max(sentence.words[noun].span.end);
        }
        let mut clause = anchor;
        let mut depth = 0;
        while let Some(governor) = sentence.parent(clause) {
            depth += 1;
            if depth > 12 {
                break;
            }
            // "agreeing to dissolve his foundation, accused of violations by the attorney
            // general": a participle clause with its own agent describes a done act that no
            // frame above it (here the agreeing) governs.
            if clause == anchor && sentence.is_agentive_participle_clause(clause) {
                break;
            }
            let relation = sentence.words[clause].deprel;
            // "prevents Turkey from invading", "barred the militia from entering": a prevented
            // act has not happened (the tagger may read "prevents" as a noun).
            let from = sentence.mark_of(clause).as_deref() == Some("from")
                || sentence.words[clause].upos == "VERB"
                    && sentence.case_of(clause).as_deref() == Some("from");
            // The clause may hang on the verb's object instead: "prevented protesters from
            // marching" parsed with "marching" under "protesters".
            let governing = |wanted: &dyn Fn(&str) -> bool| {
                wanted(&sentence.lemma(governor))
                    || sentence.words[clause].deprel == "acl"
                        && matches!(sentence.words[governor].deprel, "obj" | "iobj")
                        && sentence
                            .parent(governor)
                            .is_some_and(|verb| wanted(&sentence.lemma(verb)))
            };
            if from && governing(&|lemma| PREVENTING_WORDS.contains(&lemma)) {
                return Vec::new();
            }
            // "warned Kurdish activists against staging protests": warned off, not done.
            let warned_off = sentence.mark_of(clause).as_deref() == Some("against")
                || sentence.words[clause].upos == "VERB"
                    && sentence.case_of(clause).as_deref() == Some("against");
            if warned_off && governing(&|lemma| matches!(lemma, "warn" | "caution")) {
                return Vec::new();
            }
            let mut base = relation.split(':').next().unwrap_or(relation);
            // "threatened today to impose …" parsed as a purpose clause of a cue verb.
            // Not "called an emergency cabinet meeting to discuss …": an appeal verb whose
            // object is a thing, not someone asked, has a purpose clause.
            let appeal_to_thing = self.frame_of(sentence, governor) == Some(Frame::Appeal)
                && sentence.objects_of(governor).iter().any(|&object| {
                    sentence.words[object].upos == "NOUN"
                        && self.actors_at(sentence, object).is_empty()
                });
            if base == "advcl"
                && sentence.mark_of(clause).as_deref() == Some("to")
                && self.frame_of(sentence, governor).is_some()
                && !self.is_purpose_of_refusal_verb(sentence, governor)
                && !appeal_to_thing
            {
                base = "xcomp";
            }
            match base {
                "xcomp" => {
                    // "could evolve to embrace …": a possibility, not an act or a statement.
                    if sentence.is_negated(governor) || sentence.has_ability_modal(governor) {
                        return Vec::new();
                    }
                    // "denied sending weapons": the act is disputed, not refused (as "denied
                    // that it sent").
                    if matches!(sentence.lemma(governor).as_str(), "deny" | "dispute")
                        && (sentence.words[clause].feats.contains("VerbForm=Ger")
                            || sentence.words[clause].form.ends_with("ing"))
                    {
                        return Vec::new();
                    }
                    let governor_frame = self.frame_of(sentence, governor);
                    if frame.is_none() {
                        if let Some(governor_frame) = governor_frame {
                            frame = Some(governor_frame);
                            predicate_start =
                                predicate_start.min(sentence.words[governor].span.start);
                            predicate_end = predicate_end.max(sentence.words[governor].span.end);
                            construction.push(format!(
                                "{} ({})",
                                governor_frame.name(),
                                sentence.lemma(governor)
                            ));
                            if matches!(governor_frame, Frame::Appeal | Frame::Demand) {
                                // "urged Iran to free the sailors": the urger is the source,
                                // the urged party the target.
                                let mut urged = sentence.objects_of(governor);
                                // "called for the US to withdraw": the one asked is behind "for".
                                if urged.is_empty() {
                                    urged = sentence
                                        .for_subject(governor, clause)
                                        .into_iter()
                                        .collect();
                                }
                                // "urged Iran to free the sailors" read with Iran the
                                // subject of the infinitive, between the two verbs.
                                if urged.is_empty() {
                                    urged = sentence
                                        .children(clause)
                                        .iter()
                                        .copied()
                                        .filter(|&child| {
                                            sentence.words[child].deprel == "nsubj"
                                                && governor < child
                                                && child < clause
                                        })
                                        .collect();
                                }
                                // "called on Iran to free the sailors".
                                if urged.is_empty() {
                                    urged = sentence
                                        .children(governor)
                                        .iter()
                                        .copied()
                                        .filter(|&child| {
                                            sentence.words[child].deprel == "obl"
                                                && sentence.case_of(child).as_deref() == Some("on")
                                        })
                                        .collect();
                                }
                                let urger = self.subject_actors(sentence, governor).0;
                                if !urger.is_empty() {
                                    sources = urger;
                                    let urged_actors = self.actors_of_all(sentence, &urged);
                                    if !urged_actors.is_empty() {
                                        targets = urged_actors;
                                    }
                                }
                            } else if sources.is_empty() {
                                sources = self.subject_actors(sentence, governor).0;
                                // "Opposition leaders agreed to postpone the demonstration in
                                // Baku": protesters named without a country who intend to
                                // protest, or to call a protest off, somewhere are of that place.
                                let protest_act =
                                    act.code.starts_with("14") || act.code.starts_with("082");
                                if sources.is_empty() && protest_act {
                                    let subjects = sentence.children_with(governor, "nsubj");
                                    sources = self
                                        .placed_actors(sentence, &subjects, index, act.noun, true);
                                }
                            }
                        } else if sentence.lemma_is_cue(governor, &self.cues, CueKind::Modality)
                            && sentence.words[governor].upos == "ADJ"
                        {
                            // "likely to be invaded", "possible to strike": the writer's
                            // estimate, not an actor's statement.
                            return Vec::new();
                        } else if sentence.lemma_is_cue(governor, &self.cues, CueKind::Modality) {
                            // "Moscow expected Turkey to hand over Afrin": what one expects of
                            // someone else is neither done nor promised by anyone.
                            if !sentence.objects_of(governor).is_empty()
                                && !sentence.is_passive(governor)
                            {
                                return Vec::new();
                            }
                            // "is expected to visit", "is set to sign".
                            if sources.is_empty() {
                                sources = self.subject_actors(sentence, governor).0;
                            }
                            if self.opinion_above(sentence, governor) {
                                return Vec::new();
                            }
                            return self.finish_modal(
                                sentence,
                                &act,
                                sources,
                                targets,
                                construction,
                                confidence,
                                predicate_start,
                                predicate_end,
                            );
                        } else if sentence.is_cessation_verb(governor) {
                            // "stopped arming the rebels": ending the act, or nothing.
                            let Some(code) = ceased_code(&sentence.lemma(governor), &act.code)
                            else {
                                return Vec::new();
                            };
                            act.code = code.to_string();
                            predicate_start =
                                predicate_start.min(sentence.words[governor].span.start);
                            predicate_end = predicate_end.max(sentence.words[governor].span.end);
                            construction.push(format!("ending ({})", sentence.lemma(governor)));
                            if sources.is_empty() {
                                sources = self.subject_actors(sentence, governor).0;
                            }
                        } else if sentence.lemma_is_cue(governor, &self.cues, CueKind::Negation) {
                            // "failed to reach", "refrained from".
                            return Vec::new();
                        } else if clause == anchor && sentence.is_passive(clause) {
                            // "continued to be exiled by the SDF": the controller undergoes a
                            // passive predicate; only its agent acts.
                            if targets.is_empty() {
                                targets = self.subject_actors(sentence, governor).0;
                                if !targets.is_empty() {
                                    construction.push(format!(
                                        "control of a passive ({})",
                                        sentence.lemma(governor)
                                    ));
                                }
                            }
                        } else if sources.is_empty() {
                            // Plain control: "decided to withdraw", "began to shell". With an
                            // object of a verb that makes someone act, the object does it:
                            // "persuaded Trump to launch strikes", "forced Iran to retreat".
                            let object_control = OBJECT_CONTROL_VERBS
                                .contains(&sentence.lemma(governor).as_str())
                                && sentence.mark_of(clause).as_deref() == Some("to");
                            let controllers: Vec<usize> = if object_control {
                                sentence.children_with(governor, "obj")
                            } else {
                                Vec::new()
                            };
                            if controllers.is_empty() {
                                sources = self.subject_actors(sentence, governor).0;
                            } else {
                                sources = self.actors_of_all(sentence, &controllers);
                            }
                            confidence -= 0.05;
                            construction.push(format!("control ({})", sentence.lemma(governor)));
                        }
                    } else {
                        // A second cue above the first: "rejected an offer to host a summit"
                        // refuses the summit; "agreed to try to meet" keeps the intent.
                        if frame == Some(Frame::Intent) && governor_frame == Some(Frame::Refusal) {
                            frame = Some(Frame::Refusal);
                            predicate_start =
                                predicate_start.min(sentence.words[governor].span.start);
                            construction.push(format!("refusal ({})", sentence.lemma(governor)));
                            // "rejected a US offer to host a summit": the one whose offer is
                            // refused is the target when the act names no one.
                            if targets.is_empty() {
                                targets = self.offerer(sentence, governor);
                            }
                        }
                        if sources.is_empty() {
                            sources = self.subject_actors(sentence, governor).0;
                        }
                    }
                    if sentence.has_modal(governor, &self.cues) && frame.is_none() {
                        if self.opinion_above(sentence, governor) {
                            return Vec::new();
                        }
                        return self.finish_modal(
                            sentence,
                            &act,
                            sources,
                            targets,
                            construction,
                            confidence,
                            predicate_start,
                            predicate_end,
                        );
                    }
                }
                "ccomp" | "parataxis" => {
                    if base == "ccomp" && sentence.is_negated(governor) {
                        return Vec::new();
                    }
                    // "Asked why Russia is backing a war criminal", "wondered whether Iran had
                    // struck": a question about an act is neither an appeal nor a report of it.
                    let question = base == "ccomp"
                        && matches!(
                            sentence.lemma(governor).as_str(),
                            "ask" | "wonder" | "question" | "query"
                        )
                        && sentence.children(clause).iter().any(|&child| {
                            child < clause
                                && matches!(
                                    sentence.lemma(child).to_lowercase().as_str(),
                                    "why" | "whether" | "if" | "how" | "what" | "when" | "where"
                                )
                        });
                    if question {
                        return Vec::new();
                    }
                    let governor_lemma = sentence.lemma(governor);
                    let reported = sentence.lemma_is_cue(governor, &self.cues, CueKind::Report)
                        || base == "parataxis";
                    stated |= reported;
                    if reported && reporters.is_none() {
                        reporters = Some(self.subject_actors(sentence, governor).0);
                    }
                    let governor_frame = self.frame_of(sentence, governor);
                    let obliged = if reported && frame.is_none() && clause == anchor {
                        self.obligation(sentence, governor, anchor)
                    } else {
                        None
                    };
                    if let Some((speaker, obliged)) = obliged {
                        // "Russia said Sudan must return the helicopter": a demand.
                        frame = Some(Frame::Demand);
                        sources = speaker;
                        targets = obliged;
                        predicate_start = predicate_start.min(sentence.words[governor].span.start);
                        predicate_end = predicate_end.max(sentence.words[governor].span.end);
                        construction.push(format!("obligation reported by '{governor_lemma}'"));
                    } else if reported {
                        // "Russia said it would …", also through a cue: "Iran said it was
                        // ready to improve relations".
                        if sentence.subject_is_pronoun(clause) && sources.is_empty() {
                            sources = self.subject_actors(sentence, governor).0;
                            confidence -= 0.2;
                            construction
                                .push(format!("speaker of '{governor_lemma}' for pronoun subject"));
                        } else {
                            construction.push(format!("reported by '{governor_lemma}'"));
                        }
                    } else if let Some(governor_frame) = governor_frame {
                        if governor_frame == Frame::Refusal {
                            // "denied that it attacked": the act is disputed, not done.
                            return Vec::new();
                        }
                        // "I hope the US attacks would target the air bases": an intention
                        // about someone else's act is a wish, not an intent ("pledged that it
                        // would withdraw" is one).
                        if governor_frame == Frame::Intent
                            && frame.is_none()
                            && !sources.is_empty()
                            && !sentence.subject_is_pronoun(anchor)
                        {
                            let speaker = self.subject_actors(sentence, governor).0;
                            let same = speaker.iter().any(|speaker| {
                                sources
                                    .iter()
                                    .any(|source| source.country == speaker.country)
                            });
                            if !same {
                                return Vec::new();
                            }
                        }
                        let doers = if governor_frame == Frame::Threat && frame.is_none() {
                            self.warned_about_others(sentence, governor, clause)
                        } else {
                            Vec::new()
                        };
                        if !doers.is_empty() {
                            if sources.is_empty() {
                                sources = doers;
                            }
                            construction.push(format!("reported by '{governor_lemma}'"));
                        } else if frame.is_none() {
                            frame = Some(governor_frame);
                            predicate_start =
                                predicate_start.min(sentence.words[governor].span.start);
                            predicate_end = predicate_end.max(sentence.words[governor].span.end);
                            construction
                                .push(format!("{} ({governor_lemma})", governor_frame.name()));
                            let speaker = self.subject_actors(sentence, governor).0;
                            if matches!(governor_frame, Frame::Appeal | Frame::Demand) {
                                // "demanded that Israel withdraw": Israel is the target.
                                if !speaker.is_empty() {
                                    if !sources.is_empty() {
                                        targets = std::mem::take(&mut sources);
                                    }
                                    sources = speaker;
                                }
                            } else if sources.is_empty() || sentence.subject_is_pronoun(anchor) {
                                sources = speaker;
                            }
                            // "Iran warned Israel that it would retaliate": the one warned is
                            // the threat's target when the act names none.
                            if governor_frame == Frame::Threat && targets.is_empty() {
                                targets =
                                    self.actors_of_all(sentence, &sentence.objects_of(governor));
                            }
                        }
                    } else {
                        // An opinion, a fear, a belief: not a reported fact.
                        return Vec::new();
                    }
                }
                "advcl" => {
                    if sentence.has_hypothetical_mark(clause, &self.cues) {
                        return Vec::new();
                    }
                    // "must agree to changes before they demobilize": a time clause of an act
                    // that is only required or expected has not happened either.
                    if sentence.mark_of(clause).as_deref() != Some("to")
                        && (sentence.has_obligation(governor)
                            || sentence.has_modal(governor, &self.cues))
                    {
                        return Vec::new();
                    }
                    if sentence.mark_of(clause).as_deref() == Some("to") {
                        // "waiting for other powers to back his decision": an act someone else
                        // is waited for, wanted or expected to do has not happened.
                        if sentence.for_subject(governor, clause).is_some() {
                            return Vec::new();
                        }
                        if sources.is_empty() {
                            // "put pressure on Assad to negotiate": the one pressed is to act.
                            let pressed = self.pressed_party(sentence, governor);
                            confidence -= 0.1;
                            if pressed.is_empty() {
                                sources = self.subject_actors(sentence, governor).0;
                                construction.push("purpose clause".to_string());
                            } else {
                                sources = pressed;
                                construction.push("party pressed to act".to_string());
                            }
                        }
                        // "would work with partners to expel …": not done yet.
                        if frame.is_none() && sentence.has_modal(governor, &self.cues) {
                            if self.opinion_above(sentence, governor) {
                                return Vec::new();
                            }
                            return self.finish_modal(
                                sentence,
                                &act,
                                sources,
                                targets,
                                construction,
                                confidence,
                                predicate_start,
                                predicate_end,
                            );
                        }
                    }
                }
                // "threats to strike", "plans to visit": a cue noun.
                // Any other clause modifying a noun is a boundary: its subject is not inherited
                // from the clauses above ("smear anyone who calls for …").
                "acl" => {
                    // "speculation that Russia would retaliate", "fears that China could
                    // invade": what someone supposes, not what anyone did or threatened.
                    let supposed = SUPPOSITION_NOUNS.contains(&sentence.lemma(governor).as_str())
                        && sentence.children(clause).iter().any(|&child| {
                            child < clause
                                && matches!(sentence.lemma(child).as_str(), "that" | "whether")
                        });
                    if supposed {
                        return Vec::new();
                    }
                    // A cue noun governs its clause through "to" or "that" ("plans to visit",
                    // "threats that …"); "volunteers travelled to Syria to fight" names people.
                    let noun_frame = if frame.is_none() && sentence.mark_of(clause).is_some() {
                        self.frame_of(sentence, governor)
                    } else {
                        None
                    };
                    let Some(noun_frame) = noun_frame else {
                        break;
                    };
                    // "have no plans to support": a negated cue noun ("no distinction between X
                    // and the PKK, with whom Ankara has fought" negates nothing in the clause).
                    if sentence.is_negated(governor) {
                        return Vec::new();
                    }
                    {
                        frame = Some(noun_frame);
                        predicate_start = predicate_start.min(sentence.words[governor].span.start);
                        predicate_end = predicate_end.max(sentence.words[governor].span.end);
                        construction.push(format!(
                            "{} ({})",
                            noun_frame.name(),
                            sentence.lemma(governor)
                        ));
                        if sources.is_empty() {
                            sources = self.noun_source(sentence, governor);
                            if sources.is_empty() {
                                // "an offer from Kabul to hold talks": the offer is Kabul's.
                                sources = self.prepositional_targets(
                                    sentence,
                                    governor,
                                    Prepositions::Only("from"),
                                );
                            }
                            // "made an offer to mediate": the maker is the light verb's
                            // subject; not that of "dismissed an appeal from the president"
                            // nor "accepted an offer to mediate".
                            let named_maker = sentence.children(governor).iter().any(|&child| {
                                matches!(sentence.case_of(child).as_deref(), Some("from" | "by"))
                            });
                            // "We aim to give Afrin back" with "aim" read as a noun: its
                            // subject is the maker.
                            if sources.is_empty()
                                && !sentence.children_with(governor, "nsubj").is_empty()
                            {
                                sources = self.subject_actors(sentence, governor).0;
                            }
                            if sources.is_empty() && !named_maker {
                                if let Some(verb) = sentence.parent(governor).filter(|&verb| {
                                    LIGHT_VERBS.contains(&sentence.lemma(verb).as_str())
                                        || matches!(
                                            sentence.lemma(verb).as_str(),
                                            "repeat" | "reiterate"
                                        )
                                }) {
                                    sources = self.subject_actors(sentence, verb).0;
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
            if sentence.has_hypothetical_mark(clause, &self.cues) {
                return Vec::new();
            }
            clause = governor;
        }
        // "They always complain when …", "Moscow usually backs Damascus": a habit stated in
        // the present is a generalisation, not a reported act.
        if sentence.is_habitual(index) || sentence.is_habitual(anchor) {
            return Vec::new();
        }
        // A condition on a threat, or on a modal act an actor states ("Nigeria announced it
        // will withdraw its force unless …": a conditional threat or promise, coded as such
        // below), keeps the act; any other condition makes it hypothetical ("if Russia
        // invades, the West would impose sanctions" is the writer's speculation).
        // (A conjunct may carry its own "if": "should be sought, even if the resolution was
        // vetoed by Russia" parsed with "vetoed" a conjunct of "sought".)
        if sentence.has_hypothetical_mark(anchor, &self.cues)
            || sentence.has_hypothetical_mark(index, &self.cues)
            || sentence.in_unreal_frame(index, &|node| {
                self.frame_of(sentence, node) == Some(Frame::Threat)
                    || (node == index || node == anchor) && modal && stated
            })
        {
            return Vec::new();
        }
        if frame == Some(Frame::Threat) && targets.is_empty() {
            // "threatened to stop negotiations … if the United States goes ahead".
            targets = self.condition_targets(sentence, clause);
            if !targets.is_empty() {
                construction.push("condition subject as target".to_string());
            }
        }
        let code = match frame {
            Some(frame) => {
                let Some(candidates) = framed_codes(frame, &act.code) else {
                    return Vec::new();
                };
                match candidates
                    .into_iter()
                    .find(|code| self.lexicon.tables().cameo(code).is_ok())
                {
                    Some(code) => code,
                    None => return Vec::new(),
                }
            }
            None if modal => {
                // "the UK government should be seeking political solutions": what someone
                // should do, with no one saying so, is the writer's advice, not an act or an
                // intent.
                let advised = [index, anchor].iter().any(|&verb| {
                    sentence.children(verb).iter().any(|&child| {
                        sentence.words[child].deprel == "aux"
                            && matches!(sentence.lemma(child).as_str(), "should" | "ought")
                    })
                });
                if advised && reporters.is_none() {
                    return Vec::new();
                }
                // "The regime might attack any day, an activist said": someone else's
                // speculation about a hostile act is no threat; a threat is made by the one
                // who would act ("Iran said it may strike").
                let hostile = act
                    .code
                    .get(..2)
                    .and_then(|root| root.parse::<u32>().ok())
                    .is_some_and(|root| root >= 13);
                let by_someone_else = reporters.as_ref().is_some_and(|reporters| {
                    !reporters.iter().any(|reporter| {
                        sources
                            .iter()
                            .any(|source| source.country == reporter.country)
                    })
                });
                if hostile && by_someone_else {
                    return Vec::new();
                }
                // "civilians who might be killed by US land attack": with no one saying so, what
                // may happen to someone is the writer's speculation, not a threat ("the United
                // States may impose sanctions" still is one: the actor's own possible act).
                let possible = sentence.is_passive(index)
                    && [index, anchor].iter().any(|&verb| {
                        sentence.children(verb).iter().any(|&child| {
                            sentence.words[child].deprel == "aux"
                                && matches!(sentence.lemma(child).as_str(), "might" | "may")
                        })
                    });
                if hostile && possible && reporters.is_none() {
                    return Vec::new();
                }
                return self.finish_modal(
                    sentence,
                    &act,
                    sources,
                    targets,
                    construction,
                    confidence,
                    predicate_start,
                    predicate_end,
                );
            }
            None => act.code.clone(),
        };
        self.emit(
            sentence,
            &act,
            &code,
            sources,
            targets,
            construction,
            confidence,
            predicate_start,
            predicate_end,
        )
    }

    /// For a speech verb `governor` and its complement `clause` with "must", "should" or
    /// "have to" whose subject is an actor other than the speaker: (speaker, obliged).
    fn obligation(
        &self,
        sentence: &Sentence<'_, '_>,
        governor: usize,
        clause: usize,
    ) -> Option<(Vec<Actor>, Vec<Actor>)> {
        if !sentence.has_obligation(clause) {
            return None;
        }
        let speaker = self.subject_actors(sentence, governor).0;
        let obliged = self.subject_actors(sentence, clause).0;
        // Rebels saying the government must act is a demand; Russia saying Russia (or its
        // unnamed-sector self) must act is not.
        let distinct = obliged.iter().all(|actor| {
            speaker.iter().all(|other| {
                other.country != actor.country
                    || matches!((&other.sector, &actor.sector), (Some(a), Some(b)) if a != b)
            })
        });
        (!speaker.is_empty() && !obliged.is_empty() && distinct).then_some((speaker, obliged))
    }

    /// Demands stated as obligations whose act the lexicon does not know ("Russia said Sudan
    /// must return a helicopter" with no pattern for the act): coded as a plain demand (100)
    /// with the lexicon's `demand` entry as rule.
    fn obligation_events(&self, sentence: &Sentence<'_, '_>, index: usize) -> Vec<Found> {
        let particles = sentence.particles(index);
        let particle_refs: Vec<&str> = particles.iter().map(String::as_str).collect();
        if !self
            .cues
            .kinds(&sentence.lemma(index), &particle_refs)
            .contains(&CueKind::Report)
            || sentence.is_negated(index)
            || sentence.in_unreal_frame(index, &|node| {
                self.frame_of(sentence, node) == Some(Frame::Threat)
            })
        {
            return Vec::new();
        }
        let demand = Predicate {
            verb: "demand",
            ..Predicate::default()
        };
        let Some(entry) = self.lexicon.best_verb_event(&demand) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for &clause in sentence.children(index) {
            if sentence.words[clause].deprel != "ccomp"
                || sentence.words[clause].upos != "VERB"
                || self.verb_predicate(sentence, clause).is_some()
            {
                continue;
            }
            let Some((speaker, obliged)) = self.obligation(sentence, index, clause) else {
                continue;
            };
            let found = Match {
                entry,
                code: entry.code.clone(),
                noun: None,
                construction: "obligation",
            };
            let start = sentence.words[index]
                .span
                .start
                .min(sentence.words[clause].span.start);
            let end = sentence.words[index]
                .span
                .end
                .max(sentence.words[clause].span.end);
            out.extend(self.emit(
                sentence,
                &found,
                &entry.code,
                speaker,
                obliged,
                vec![format!(
                    "obligation ('{}') reported by '{}'",
                    sentence.lemma(clause),
                    sentence.lemma(index)
                )],
                0.6,
                start,
                end,
            ));
        }
        out
    }

    /// Codes a predicate under a modal or future auxiliary: hostile acts as threats,
    /// cooperative ones as intents, never as done.
    #[allow(clippy::too_many_arguments)]
    fn finish_modal(
        &self,
        sentence: &Sentence<'_, '_>,
        found: &Match<'_>,
        sources: Vec<Actor>,
        targets: Vec<Actor>,
        mut construction: Vec<String>,
        confidence: f32,
        start: usize,
        end: usize,
    ) -> Vec<Found> {
        let mut targets = targets;
        // Sources found through a governing clause come after the targets were chosen.
        drop_own_agents(sentence, &sources, &mut targets);
        let root: u32 = found
            .code
            .get(..2)
            .and_then(|root| root.parse().ok())
            .unwrap_or(0);
        // A verbal conflict act (investigate, demand, disapprove, reject: roots 09-12) under
        // "would" or "will" is still that statement; only other hostile acts become threats.
        let frame = if root >= 9 && !(9..=12).contains(&root) {
            Frame::Threat
        } else {
            Frame::Intent
        };
        let Some(candidates) = framed_codes(frame, &found.code) else {
            return Vec::new();
        };
        let Some(code) = candidates
            .into_iter()
            .find(|code| self.lexicon.tables().cameo(code).is_ok())
        else {
            return Vec::new();
        };
        if code == found.code {
            construction.push("modal (the statement itself)".to_string());
        } else {
            construction.push(format!("modal → {}", frame.name()));
        }
        self.emit(
            sentence,
            found,
            &code,
            sources,
            targets,
            construction,
            confidence - 0.3,
            start,
            end,
        )
    }

    /// Builds one event per source × target pair.
    #[allow(clippy::too_many_arguments)]
    fn emit(
        &self,
        sentence: &Sentence<'_, '_>,
        found: &Match<'_>,
        code: &str,
        sources: Vec<Actor>,
        targets: Vec<Actor>,
        construction: Vec<String>,
        confidence: f32,
        start: usize,
        end: usize,
    ) -> Vec<Found> {
        let mut code = code;
        let mut targets = targets;
        // Sources found through a governing clause (a purpose clause, a control verb) come
        // after the targets were chosen: "tried to keep Iran in line, ousting its government"
        // does not oust the doer's own government.
        drop_own_agents(sentence, &sources, &mut targets);
        let mut construction = construction;
        // "French and Egyptian warships launched war games": an exercise held by two states
        // together is a joint one, military cooperation (062) between them.
        let countries: HashSet<&str> = sources.iter().map(|s| s.country.as_str()).collect();
        if code == "150" && targets.is_empty() && countries.len() >= 2 {
            let exercise = found.noun.is_some_and(|noun| {
                matches!(sentence.lemma(noun).as_str(), "exercise" | "drill" | "game")
            });
            if exercise {
                code = "062";
                targets = sources.clone();
                construction.push("joint exercise".to_string());
            }
        }
        let Ok(cameo) = self.lexicon.tables().cameo(code) else {
            return Vec::new();
        };
        // "a red line banning chemical weapon use", "aims the administration had restricted to
        // counter-terrorism": a bare "ban" or "restrict" on no one named sanctions no one.
        let bare_verb = !found.entry.pattern.noun && found.entry.pattern.object.is_none();
        if code == "172" && bare_verb && targets.is_empty() {
            return Vec::new();
        }
        // Meeting is mutual: "Russia and China met" is each meeting the other; a visit or
        // meeting with nobody named ("Britons travelled") is not coded. Mediating is not
        // mutual ("a truce brokered by Moscow and Ankara": the two mediate between others).
        let mut reciprocal = false;
        if code.starts_with("04") && !code.starts_with("045") && targets.is_empty() {
            if sources.len() < 2 {
                return Vec::new();
            }
            targets = sources.clone();
            reciprocal = true;
            construction.push("reciprocal".to_string());
        }
        let rule = format!(
            "{}:{} {} | {}",
            found.entry.origin.file,
            found.entry.origin.line,
            found.entry.pattern.display(),
            construction.join("; ")
        );
        let predicate_span = Span::new(start, end);
        let predicate_text = sentence.text.get(start..end).unwrap_or("").to_string();
        let mut out = Vec::new();

        // Events carry PLOVER sectors ("INS" counts as "REB"); the actor code keeps CAMEO's.
        let tables = self.lexicon.tables();
        let event_actor = |actor: &Actor| {
            let mut event_actor = sentence.event_actor(actor);
            event_actor.sector = event_actor
                .sector
                .map(|sector| tables.plover_sector(&sector).to_string());
            event_actor
        };
        for source in &sources {
            // "850 Britons who had travelled to Isis territory": a people's travels are no
            // visit; visits are made by officials, states and named persons.
            // (A refused visit stays a refusal: "Palestinians rejected a US offer to host …".)
            let people_travelling = matches!(found.code.get(..3), Some("042" | "043"))
                && !code.starts_with("12")
                && source.antecedent.is_none()
                && sentence
                    .resolution_at(source.start)
                    .is_some_and(|number| sentence.resolutions[number].people);
            if people_travelling {
                continue;
            }
            let source_actor = event_actor(source);
            let mut any_target = false;
            for target in &targets {
                // One phrase is one actor, except a pair named as such that meets: "the two men
                // are meeting" (Johnson and Maas) is each meeting the other. Not a pronoun
                // ("they", "themselves"), whose pair is less sure.
                let named_pair = reciprocal
                    && sentence
                        .words
                        .get(source.start)
                        .is_some_and(|word| word.upos != "PRON");
                if !target.implied && !named_pair && target.start == source.start
                    || target.code == source.code
                {
                    continue;
                }
                // "Russia is backing the government" with "the government" read back to Russia:
                // a state acting on its own state through a description is a misread antecedent.
                // Its opposition, legislators or rebels may well act on their government.
                let own_state_by_description = target.antecedent.is_some()
                    && sentence
                        .words
                        .get(target.start)
                        .is_some_and(|word| word.upos == "NOUN")
                    && target.country == source.country
                    && matches!(target.sector.as_deref(), None | Some("GOV"))
                    && source.sector.is_none();
                if own_state_by_description {
                    continue;
                }
                // "backed Assad's overthrow", "welcomed the arrest of the general": siding with
                // someone's downfall is no cooperation with them.
                let downfall_of_target =
                    matches!(code.get(..2), Some("03" | "05" | "06")) && target.end > 0 && {
                        // The head of the phrase the target was read from.
                        let mut head = target.end - 1;
                        while matches!(
                            sentence.words[head].deprel,
                            "amod" | "compound" | "flat" | "nmod:desc" | "det"
                        ) {
                            match sentence.parent(head) {
                                Some(parent) => head = parent,
                                None => break,
                            }
                        }
                        let downfall = matches!(sentence.words[head].deprel, "nmod:poss" | "nmod")
                            && sentence.parent(head).is_some_and(|noun| {
                                DOWNFALL_NOUNS.contains(&sentence.lemma(noun).as_str())
                            });
                        // "backed retaliatory action against Syria's use of chemical weapons",
                        // "cooperated against Isis": whom a cooperative act is against is no
                        // partner (up to three phrases above the target, below the verb).
                        let mut against = false;
                        let mut node = head;
                        for _ in 0..3 {
                            if sentence.words[node].upos == "VERB" {
                                break;
                            }
                            if sentence.case_of(node).as_deref() == Some("against") {
                                against = true;
                                break;
                            }
                            match sentence.parent(node) {
                                Some(parent) => node = parent,
                                None => break,
                            }
                        }
                        downfall || against
                    };
                if downfall_of_target {
                    continue;
                }
                // "withdraw all US troops from Syria", "deployed Russian warships": the forces
                // one moves are its instrument, not its target.
                let own_forces = matches!(found.code.get(..2), Some("08" | "15"))
                    && target.country == source.country
                    && matches!(target.sector.as_deref(), Some("MIL" | "COP" | "UAF"));
                if own_forces {
                    continue;
                }
                any_target = true;
                out.push(Found {
                    source: source_actor.clone(),
                    target: Some(event_actor(target)),
                    cameo: cameo.clone(),
                    predicate_text: predicate_text.clone(),
                    predicate_span,
                    rule: rule.clone(),
                    confidence: confidence.clamp(0.05, 1.0),
                });
            }
            if !any_target {
                out.push(Found {
                    source: source_actor,
                    target: None,
                    cameo: cameo.clone(),
                    predicate_text: predicate_text.clone(),
                    predicate_span,
                    rule: rule.clone(),
                    confidence: (confidence - 0.05).clamp(0.05, 1.0),
                });
            }
        }
        out
    }

    /// Source and target of predicate `found` at `index`, and how they were found.
    fn roles(
        &self,
        sentence: &Sentence<'_, '_>,
        index: usize,
        found: &Match<'_>,
    ) -> (Vec<Actor>, Vec<Actor>, String) {
        let word = &sentence.words[index];
        if word.upos == "NOUN" {
            let sources = self.noun_source(sentence, index);
            let targets = self.noun_targets(sentence, index);
            return (sources, targets, "event noun".to_string());
        }
        let (mut sources, mut how) = self.subject_actors(sentence, index);
        let mut targets: Vec<Actor> = Vec::new();
        let mut passive = sentence.is_passive(index);
        // "Serb forces were engaged in ethnic cleansing": a state, not a passive; the subject
        // does the act.
        if passive
            && PREPOSITIONAL_LIGHT_VERBS
                .iter()
                .any(|(verb, _)| *verb == sentence.lemma(index).as_str())
            && sentence.children_with(index, "obl:agent").is_empty()
        {
            let subject = sentence.children_with(index, "nsubj:pass");
            sources = self.actors_of_all(sentence, &subject);
            how = "nsubj (be engaged in)".to_string();
            passive = false;
        }
        // "Israel is opposed to French mediation": a stance, not a passive; the subject
        // opposes what follows "to".
        let stance = passive
            && STANCE_PARTICIPLES.contains(&sentence.lemma(index).as_str())
            && sentence.children_with(index, "obl:agent").is_empty();
        if stance {
            let subject = sentence.children_with(index, "nsubj:pass");
            sources = self.actors_of_all(sentence, &subject);
            targets = self.prepositional_targets(sentence, index, Prepositions::Only("to"));
            if targets.is_empty() {
                let opposed: Vec<usize> = sentence
                    .children(index)
                    .iter()
                    .copied()
                    .filter(|&child| sentence.case_of(child).as_deref() == Some("to"))
                    .collect();
                targets = self.actors_of_all(sentence, &opposed);
            }
            return (
                sources,
                targets,
                "stance (be opposed to) + object".to_string(),
            );
        }
        if passive {
            // "sanctions were imposed on Iran by the EU": source = agent, target = subject.
            let agent: Vec<usize> = sentence.children_with(index, "obl:agent");
            sources = self.actors_of_all(sentence, &agent);
            how = "obl:agent".to_string();
            if sources.is_empty() {
                // "The Soviet withdrawal from Afghanistan was completed": the act's noun is the
                // passive subject and names its own doer.
                // Only when the noun is the act itself, of the pattern's own family ("US
                // sanctions were imposed"), not a thing ("US troops are deployed" is no
                // deployment by the troops) nor someone else's act ("its calls were ignored").
                let own_act = |noun: usize| {
                    self.noun_entry(sentence, noun)
                        .is_some_and(|entry| entry.code.get(..2) == found.code.get(..2))
                };
                if let Some(noun) = found
                    .noun
                    .filter(|&noun| sentence.words[noun].deprel == "nsubj:pass" && own_act(noun))
                {
                    sources = self.noun_source(sentence, noun);
                    if !sources.is_empty() {
                        let mut targets = self.noun_targets(sentence, noun);
                        if targets.is_empty() {
                            targets =
                                self.prepositional_targets(sentence, index, Prepositions::Default);
                        }
                        return (
                            sources,
                            targets,
                            "event noun as passive subject".to_string(),
                        );
                    }
                }
            }
            let mut subject = sentence.children_with(index, "nsubj:pass");
            // "militias backed by the US-led coalition": a passive participle's noun is what
            // the act is done to.
            if subject.is_empty() && sentence.words[index].deprel == "acl" {
                subject.extend(sentence.parent(index));
            }
            // "forces continue to pound the area, backed by Russian allies": a participle
            // clause's act is done to the subject of the clause it hangs on.
            if subject.is_empty() && sentence.is_agentive_participle_clause(index) {
                let mut clause = sentence.parent(index);
                while let Some(verb) = clause {
                    let subjects = sentence.children_with(verb, "nsubj");
                    if !subjects.is_empty() {
                        subject = subjects;
                        break;
                    }
                    clause = sentence
                        .parent(verb)
                        .filter(|_| matches!(sentence.words[verb].deprel, "xcomp" | "conj"));
                }
            }
            // "a US troop withdrawal promised by Trump", "aid pledged by Japan": an act as the
            // passive subject is what was promised; the actors inside it are its doers, not
            // the promise's target. Its own target may be ("sanctions on Iran imposed by …").
            let (acts, subject): (Vec<usize>, Vec<usize>) = subject
                .into_iter()
                .partition(|&noun| self.noun_entry(sentence, noun).is_some());
            targets = self.actors_of_all(sentence, &subject);
            for act in acts {
                if targets.is_empty() {
                    targets = self.prepositional_targets(sentence, act, Prepositions::Default);
                }
            }
            // "Iran was hit with sanctions": nothing more. "sanctions were imposed on Iran".
            if targets.is_empty() {
                targets = self.prepositional_targets(sentence, index, Prepositions::Default);
            }
            return (sources, targets, format!("{how} + passive"));
        }
        let root = found.code.get(..2).unwrap_or_default();
        if sources.is_empty() && matches!(root, "17" | "08" | "14" | "18" | "19" | "20") {
            // "The military government declared a state of siege in Haiti", "police imposed a
            // curfew in Lagos": authorities with no country named who coerce (or relent) in a
            // state are that state's; so are people who protest there ("Hundreds of thousands
            // of people blocked streets in Hong Kong") and those who use force there ("rebels
            // kidnapped aid workers in northern Mali", "gunmen attacked a church in Kano").
            // Calling a protest off (082) is the protesters' act too.
            let protest = root == "14" || found.code.starts_with("082");
            let anyone = protest || matches!(root, "18" | "19" | "20");
            // An invader or occupier is foreign to the place by definition (rebels who seize
            // a town need not be).
            let foreign = matches!(
                sentence.lemma(index).as_str(),
                "invade" | "occupy" | "annex"
            );
            let mut subjects = sentence.children_with(index, "nsubj");
            // "demonstrators protesting election results in Monrovia": an active participle's
            // doers are the noun it modifies.
            if subjects.is_empty()
                && sentence.words[index].deprel == "acl"
                && !sentence.is_passive_participle(index)
            {
                subjects.extend(sentence.parent(index));
            }
            if protest {
                // The people inside a quantity: "hundreds of thousands of people".
                let mut next = 0;
                while next < subjects.len() && subjects.len() < 6 {
                    let noun = subjects[next];
                    next += 1;
                    // Not "leaders of the opposition", who are one actor.
                    if sentence.resolution_at(noun).is_some() {
                        continue;
                    }
                    subjects.extend(sentence.of_phrases(noun));
                }
            }
            // "the country's military", "its troops": someone's, left to coreference.
            subjects.retain(|&subject| !sentence.has_possessor(subject));
            if foreign {
                subjects.clear();
            }
            sources = self.placed_actors(sentence, &subjects, index, found.noun, anyone);
            let mut protesting_government = false;
            if sources.is_empty() && protest {
                // "Islamic fundamentalists continued their hunger strike to demand the
                // resignation of Algerian President Ahmed Ben Bella": protesters named without
                // a country who protest against one state's government are its people.
                let heads = self.target_heads(sentence, index, found.noun);
                let mut named = self.actors_of_all(sentence, &heads);
                for &head in &heads {
                    named.extend(self.inner_targets(sentence, head));
                }
                let governments: HashSet<&str> = named
                    .iter()
                    .filter(|actor| {
                        matches!(actor.sector.as_deref(), Some("GOV" | "ELI" | "LEG" | "JUD"))
                            && self.actor_kind(&actor.country) == Some("state")
                    })
                    .map(|actor| actor.country.as_str())
                    .collect();
                if governments.len() == 1 {
                    let country = governments
                        .into_iter()
                        .next()
                        .unwrap_or_default()
                        .to_string();
                    sources = self.countryless_agents(sentence, &subjects, &country, |_| true);
                    protesting_government = !sources.is_empty();
                }
            }
            if protesting_government {
                how = "protesters of the state whose government they protest against".to_string();
            } else if !sources.is_empty() {
                how = if protest {
                    "protesters of the place".to_string()
                } else {
                    "agent of the place".to_string()
                };
            }
        }
        let wanted = found.entry.pattern.target_preposition.as_deref();
        if let Some(preposition) = wanted {
            targets = self.prepositional_targets(sentence, index, Prepositions::Only(preposition));
            if let Some(noun) = found.noun {
                if targets.is_empty() {
                    targets =
                        self.prepositional_targets(sentence, noun, Prepositions::Only(preposition));
                }
            }
        }
        if targets.is_empty() && (found.code.starts_with("087") || found.code.starts_with("166")) {
            // "withdrew its troops from Syria", "pulled out of Gaza": a retreat is from the
            // place or party it leaves, before any object (the troops are the retreat's own).
            for preposition in ["from", "of"] {
                if targets.is_empty() {
                    targets = self.prepositional_targets(
                        sentence,
                        index,
                        Prepositions::Only(preposition),
                    );
                }
                // The parser may hang "from Syria" on the troops.
                let mut nouns = sentence.objects_of(index);
                nouns.extend(found.noun.filter(|noun| !nouns.contains(noun)));
                for noun in nouns {
                    if targets.is_empty() {
                        targets = self.prepositional_targets(
                            sentence,
                            noun,
                            Prepositions::Only(preposition),
                        );
                    }
                }
            }
            if !targets.is_empty() {
                how.push_str(" + the place left as target");
            }
        }
        if targets.is_empty() && found.code.starts_with("11") {
            // "complained to the UN over Israeli raids": what is complained of is the target,
            // the one complained to only the audience.
            for preposition in ["over", "about", "against"] {
                if targets.is_empty() {
                    targets = self.prepositional_targets(
                        sentence,
                        index,
                        Prepositions::Only(preposition),
                    );
                    // "criticized Japan over its textbooks": a pronoun back to the source
                    // names no other party.
                    drop_sources_countries(&sources, &mut targets);
                }
            }
        }
        // "met to discuss Syria", "debated sanctions": what is discussed is a topic; whom it is
        // discussed with is behind "with" (or the other subject).
        let topic_verb = matches!(sentence.lemma(index).as_str(), "discuss" | "debate");
        // ("discuss possible military options against Syria": nor what is inside the topic.)
        if topic_verb {
            if targets.is_empty() {
                targets = self.prepositional_targets(sentence, index, Prepositions::Only("with"));
            }
            return (sources, targets, format!("{how} + object"));
        }
        if targets.is_empty() && !topic_verb {
            let objects: Vec<usize> = sentence
                .objects_of(index)
                .into_iter()
                .filter(|&child| Some(child) != found.noun)
                // "provide 25,000 tons of food aid": the quantity is not a party.
                .filter(|&child| found.noun.and_then(|noun| sentence.parent(noun)) != Some(child))
                .collect();
            targets = self.actors_of_all(sentence, &objects);
            drop_own_agents(sentence, &sources, &mut targets);
        }
        if targets.is_empty() {
            // "holds the United States responsible" parsed as a small clause: the subject of
            // the secondary predicate is the object.
            let small_clause_subjects: Vec<usize> = sentence
                .children(index)
                .iter()
                .copied()
                .filter(|&child| {
                    sentence.words[child].deprel == "xcomp"
                        && matches!(sentence.words[child].upos, "ADJ" | "NOUN")
                })
                .flat_map(|clause| sentence.children_with(clause, "nsubj"))
                .collect();
            targets = self.actors_of_all(sentence, &small_clause_subjects);
        }
        // "fought with the US against Isis": with fighting, "with" is an ally, not a target
        // (patterns that mean "clash with" say `>with`).
        // "host a meeting at the UN general assembly": with meetings, "at" is the venue.
        let default_prepositions = match found.code.get(..2) {
            Some("18" | "19" | "20") => Prepositions::DefaultWithoutWith,
            Some("03" | "04") => Prepositions::DefaultWithoutAt,
            _ => Prepositions::Default,
        };
        if targets.is_empty() {
            // A target inside the object: "threatened further action against Russia",
            // "tightened the blockade of Serbia", "rejected an offer from Kabul".
            let mut objects = sentence.objects_of(index);
            // "provided tons of aid to refugees": the pattern's noun under a quantity.
            if let Some(noun) = found.noun.filter(|noun| !objects.contains(noun)) {
                objects.push(noun);
            }
            for object in objects {
                targets = self.prepositional_targets(sentence, object, default_prepositions);
                if targets.is_empty() {
                    targets = self.inner_targets(sentence, object);
                }
                if targets.is_empty() {
                    // One level down, through a thing the act is aimed at: "a ban on exports
                    // to Iran", "restrictions on imports from Turkey".
                    for &thing in sentence.children(object) {
                        let aimed = sentence.words[thing].deprel == "nmod"
                            && sentence.words[thing].upos == "NOUN"
                            && sentence.resolution_at(thing).is_none()
                            && sentence.case_of(thing).is_some_and(|case| {
                                matches!(case.as_str(), "on" | "against" | "to")
                            });
                        if aimed && targets.is_empty() {
                            targets =
                                self.prepositional_targets(sentence, thing, default_prepositions);
                            if targets.is_empty() {
                                targets = self.inner_targets(sentence, thing);
                            }
                        }
                    }
                }
                let about_an_act = found
                    .code
                    .get(..2)
                    .is_some_and(|root| ("09".."14").contains(&root));
                if targets.is_empty() && about_an_act {
                    targets = self.described_doers(sentence, object);
                }
                if !targets.is_empty() {
                    break;
                }
            }
        }
        if targets.is_empty() {
            targets = self.prepositional_targets(sentence, index, default_prepositions);
        }
        if targets.is_empty() && matches!(found.code.get(..2), Some("03" | "12")) {
            // "rejected a call for its peacekeeping forces to be deployed in East Timor": with
            // no one named as making it, a proposal accepted or rejected concerns the party or
            // place its content names.
            for object in sentence.objects_of(index) {
                if targets.is_empty() && PROPOSAL_NOUNS.contains(&sentence.lemma(object).as_str()) {
                    targets = self.proposal_concerns(sentence, object);
                    drop_sources_countries(&sources, &mut targets);
                    if !targets.is_empty() {
                        how.push_str(" + whom the proposal concerns as target");
                    }
                }
            }
        }
        if targets.is_empty() && matches!(found.code.get(..2), Some("03" | "04" | "05" | "08")) {
            // "accepted a formula for ending its fisheries dispute with its partners", "signed a
            // deal to settle the border row with Eritrea": a settlement is with the other party
            // of the dispute it ends.
            targets = self.dispute_parties(sentence, index);
            drop_sources_countries(&sources, &mut targets);
            if !targets.is_empty() {
                how.push_str(" + other party of the dispute as target");
            }
        }
        if targets.is_empty() && acts_on_place(&found.code) {
            // Whom the act's purpose names: "opened fire to disperse Kurdish demonstrators".
            let purpose_objects: Vec<usize> = sentence
                .children(index)
                .iter()
                .copied()
                .filter(|&clause| sentence.is_purpose_clause(clause, &["advcl", "xcomp"]))
                .chain(sentence.objects_of(index).into_iter().flat_map(|object| {
                    sentence
                        .children(object)
                        .iter()
                        .copied()
                        .filter(|&clause| sentence.is_purpose_clause(clause, &["acl"]))
                }))
                .flat_map(|clause| sentence.objects_of(clause))
                .collect();
            targets = self.actors_of_all(sentence, &purpose_objects);
            drop_own_agents(sentence, &sources, &mut targets);
        }
        if targets.is_empty() {
            // The pattern's own object noun names the target only as a last resort ("killed
            // al-Qaeda leaders"): "lifted US sanctions on Iran" targets Iran, not the US.
            if let Some(noun) = found.noun {
                targets = self.actors_at(sentence, noun);
                drop_own_agents(sentence, &sources, &mut targets);
            }
        }
        if targets.is_empty() && acts_on_place(&found.code) {
            // People named without a country whom a material act is done to where it happens
            // are of that place: "soldiers opened fire on demonstrators in Yangon".
            let mut places = self.clause_places(sentence, index, found.noun);
            if places.is_empty() {
                // A town the act is done to: "bombed Raqqa", "shelled Idlib".
                places = self
                    .target_heads(sentence, index, found.noun)
                    .into_iter()
                    .filter_map(|head| sentence.known_place_actor(head))
                    .take(1)
                    .collect();
            }
            if let Some(home) = places.iter().find(|place| {
                matches!(self.actor_kind(&place.country), Some("state" | "territory"))
            }) {
                let mut heads = self.target_heads(sentence, index, found.noun);
                // "its forces", "the country's troops": someone's, left to coreference.
                heads.retain(|&head| !sentence.has_possessor(head));
                targets = self.countryless_agents(sentence, &heads, &home.country, |_| true);
                drop_own_agents(sentence, &sources, &mut targets);
                if !targets.is_empty() {
                    how.push_str(" + people of the place as target");
                }
            }
            // A state's police, courts or government coercing people named without a country
            // act at home: "Turkish police prevented a demonstration staged by students",
            // "Chinese authorities detained activists". Not its army: "Israeli troops killed
            // militants" names no Israeli militants. Nor do those it expels or deports, who
            // are mostly foreigners ("expelled diplomats", "deported migrants").
            let domestic = matches!(root, "17" | "18" | "19")
                && !found.code.starts_with("174")
                && !sources.is_empty()
                && sources.iter().all(|source| {
                    source
                        .sector
                        .as_deref()
                        .is_some_and(|sector| matches!(sector, "COP" | "JUD" | "GOV" | "SPY"))
                        && self.actor_kind(&source.country) == Some("state")
                });
            if targets.is_empty() && domestic {
                let mut heads = self.target_heads(sentence, index, found.noun);
                for object in heads.clone() {
                    heads.extend(described_doer_heads(sentence, object));
                }
                heads.retain(|&head| !sentence.has_possessor(head));
                let home = sources[0].country.clone();
                // Refugees and migrants are seldom the state's own.
                targets =
                    self.countryless_agents(sentence, &heads, &home, |sector| sector != "REF");
                drop_own_agents(sentence, &sources, &mut targets);
                if !targets.is_empty() {
                    how.push_str(" + people of the source's state as target");
                }
            }
            // Material acts with no named target act on the place they happen in: "lifted the
            // curfew in Montenegro", "deployed troops in Lebanon", "protested in Belgrade".
            // Not a fight alongside someone: "British women fighting with the YPJ in Syria"
            // do not fight Syria, nor do "British recruits fighting for Isis in Syria".
            let alongside = matches!(root, "18" | "19" | "20")
                && sentence.words[index].upos == "VERB"
                && sentence
                    .dependents_through_times(index)
                    .into_iter()
                    .any(|child| match sentence.case_of(child).as_deref() {
                        Some("with") => true,
                        Some("for" | "alongside") => !self.actors_at(sentence, child).is_empty(),
                        _ => false,
                    });
            if targets.is_empty() && !alongside {
                targets = places;
                if !targets.is_empty() {
                    how.push_str(" + place as target");
                }
            }
        }
        if targets.is_empty() && self.frame_of(sentence, index).is_some() {
            // A bare threat or appeal takes the target of its complement ("threatened to
            // resume attacks in Israel" has no codable act, but names whom it threatens).
            let appeal = matches!(
                self.frame_of(sentence, index),
                Some(Frame::Appeal | Frame::Demand)
            );
            for &child in sentence.children(index) {
                if matches!(sentence.words[child].deprel, "xcomp" | "ccomp" | "advcl")
                    && sentence.words[child].upos == "VERB"
                {
                    // "demanded that Hamas renounce …": the one asked is the clause's subject;
                    // "warned that Americans have taken dangerous steps in Syria": the one
                    // warned about.
                    if appeal && sentence.words[child].deprel == "ccomp" {
                        targets = self.subject_actors(sentence, child).0;
                        if !targets.is_empty() {
                            break;
                        }
                    }
                    // (Only a subject that names an actor itself, and not the warner's own
                    // side: "warned that the US would respond if Assad …" is about Assad.)
                    let threat = self.frame_of(sentence, index) == Some(Frame::Threat);
                    if threat && sentence.words[child].deprel == "ccomp" {
                        let named: Vec<usize> = sentence
                            .children_with(child, "nsubj")
                            .into_iter()
                            .filter(|&subject| sentence.resolution_at(subject).is_some())
                            .collect();
                        targets = self.actors_of_all(sentence, &named);
                        drop_sources_countries(&sources, &mut targets);
                        if !targets.is_empty() {
                            break;
                        }
                    }
                    let objects = sentence.objects_of(child);
                    targets = self.actors_of_all(sentence, &objects);
                    if targets.is_empty() {
                        targets =
                            self.prepositional_targets(sentence, child, Prepositions::Default);
                    }
                    for &object in &objects {
                        if targets.is_empty() {
                            targets =
                                self.prepositional_targets(sentence, object, Prepositions::Default);
                        }
                    }
                    // A place "in" which the act would happen, not an institution there ("to
                    // divorce the couple in a sharia court in Syria" threatens no court).
                    if targets.is_empty() {
                        targets =
                            self.prepositional_targets(sentence, child, Prepositions::Only("in"));
                        targets.retain(|target| target.sector.is_none());
                    }
                    for &object in &objects {
                        if targets.is_empty() {
                            targets = self.prepositional_targets(
                                sentence,
                                object,
                                Prepositions::Only("in"),
                            );
                            targets.retain(|target| target.sector.is_none());
                        }
                    }
                    if !targets.is_empty() {
                        break;
                    }
                }
            }
            if targets.is_empty() && appeal {
                targets = self.subjunctive_subject(sentence, index);
                if !targets.is_empty() {
                    how.push_str(" + subject of a 'that' clause read in word order");
                }
            }
        }
        // A target that is every source itself ("workers continued their strike", with "their"
        // read back to the workers) names no one acted on: the steps below may find whom.
        // Reciprocal pairs ("Russia and China met", each the other's target) are kept.
        if !sources.is_empty()
            && targets
                .iter()
                .all(|target| sources.iter().all(|source| source.code == target.code))
        {
            targets.clear();
        }
        if targets.is_empty()
            && matches!(found.code.get(..2), Some("10" | "11" | "12" | "14"))
            && !sources.is_empty()
        {
            // "Armenian protesters demanded the resignation of the prime minister": an office
            // named without a country in a demand, criticism, rejection or protest by a
            // state's own people is their state's ("rebels in Chad rejected an appeal from
            // President Mahamat").
            let country = &sources[0].country;
            let domestic = self.actor_kind(country) == Some("state")
                && sources.iter().all(|source| &source.country == country);
            if domestic {
                let mut heads = sentence.objects_of(index);
                heads.extend(found.noun.filter(|noun| !heads.contains(noun)));
                // "protested against the government".
                heads.extend(sentence.children(index).iter().copied().filter(|&child| {
                    sentence.words[child].deprel.starts_with("obl")
                        && sentence
                            .case_of(child)
                            .is_some_and(|case| TARGET_PREPOSITIONS.contains(&case.as_str()))
                }));
                let inner: Vec<usize> = heads
                    .iter()
                    .flat_map(|&head| sentence.children(head).to_vec())
                    .filter(|&child| {
                        sentence.words[child].deprel == "nmod"
                            && matches!(sentence.case_of(child).as_deref(), Some("of" | "from"))
                    })
                    .collect();
                heads.extend(inner);
                targets = self.offices_of(sentence, &heads, country);
                if !targets.is_empty() {
                    how.push_str(" + office of the source's state");
                }
            }
        }
        // Protesters placed in another state ("Albanians in Macedonia") protest there, not
        // at home: no implied target.
        let abroad = || {
            sentence
                .children_with(index, "nsubj")
                .into_iter()
                .flat_map(|subject| sentence.children(subject).to_vec())
                .filter(|&child| {
                    sentence.words[child].deprel == "nmod"
                        && matches!(
                            sentence.case_of(child).as_deref(),
                            Some("in" | "across" | "throughout")
                        )
                })
                .filter_map(|child| sentence.actor_of_phrase(child))
                .any(|place| sources.iter().any(|source| source.country != place.country))
        };
        if targets.is_empty()
            && (found.code.starts_with("14") || found.code.starts_with("082"))
            && !sources.is_empty()
            && sources
                .iter()
                .all(|source| self.actor_kind(&source.country) == Some("state"))
            && !abroad()
        {
            // A protest (or calling one off) with no one named is addressed to the
            // protesters' own government: "Algerian landowners began a hunger strike" is
            // DZAAGR → DZAGOV, as PLOVER and ICEWS code domestic protest. The implied target
            // spans the words that name its country in the source.
            targets = sources
                .iter()
                .map(|source| Actor {
                    code: format!("{}GOV", source.country),
                    sector: Some("GOV".to_string()),
                    antecedent: None,
                    implied: true,
                    ..source.clone()
                })
                .collect();
            how.push_str(" + own government as target");
        }
        if targets.is_empty() && self.frame_of(sentence, index) == Some(Frame::Threat) {
            targets = self.condition_targets(sentence, index);
            if !targets.is_empty() {
                how.push_str(" + condition subject as target");
            }
        }
        // "Judge Alejandro Rivera opened fraud investigations against 28 Chilean government
        // officials": a judge, prosecutor or police named without a country who investigate,
        // accuse or coerce one state's officials act in that state (its own officials are not
        // tried abroad by a countryless court).
        if sources.is_empty() && matches!(found.code.get(..2), Some("09" | "11" | "17")) {
            let organ = |target: &Actor| {
                matches!(
                    target.sector.as_deref(),
                    Some("GOV" | "ELI" | "LEG" | "JUD" | "MIL" | "COP")
                )
            };
            let organs: HashSet<&str> = targets
                .iter()
                .map(|target| target.country.as_str())
                .collect();
            if organs.len() == 1 && targets.iter().all(organ) {
                let country = organs.into_iter().next().unwrap_or_default().to_string();
                if self.actor_kind(&country) == Some("state") {
                    let subjects = sentence.children_with(index, "nsubj");
                    sources = self.countryless_agents(sentence, &subjects, &country, |sector| {
                        matches!(sector, "JUD" | "COP")
                    });
                    if !sources.is_empty() {
                        how.push_str(" + authority of the state whose officials it acts on");
                    }
                }
            }
        }
        // "ethnic Albanians demonstrated in Serbia", "attacked ethnic Albanians in Kosovo": an
        // ethnic group acting or acted on in a state is that state's minority, as when the
        // place modifies the group itself.
        let places = self.places_of(sentence, index);
        if !places.is_empty() {
            self.place_ethnic_groups(sentence, &mut sources, &places);
            self.place_ethnic_groups(sentence, &mut targets, &places);
        }
        (sources, targets, format!("{how} + object"))
    }

    /// Whom the content of proposal noun `noun` names: the objects of its clause, or the place
    /// it happens in ("a call for its forces to be deployed in East Timor", "a plan to send
    /// troops to Mali").
    fn proposal_concerns(&self, sentence: &Sentence<'_, '_>, noun: usize) -> Vec<Actor> {
        let acl = |head: usize| {
            sentence
                .children(head)
                .iter()
                .copied()
                .filter(|&clause| {
                    sentence.words[clause].deprel == "acl"
                        && sentence.words[clause].upos == "VERB"
                        && sentence.mark_of(clause).as_deref() == Some("to")
                })
                .collect::<Vec<_>>()
        };
        let mut clauses = acl(noun);
        // "a call for its forces to be deployed": the clause hangs on the "for" phrase.
        for &inner in sentence.children(noun) {
            if sentence.words[inner].deprel == "nmod"
                && sentence.case_of(inner).as_deref() == Some("for")
            {
                clauses.extend(acl(inner));
            }
        }
        for clause in clauses {
            let objects = sentence.objects_of(clause);
            let actors = self.actors_of_all(sentence, &objects);
            if !actors.is_empty() {
                return actors;
            }
            // "a proposal to lift sanctions on Iran".
            for &object in &objects {
                let actors = self.prepositional_targets(sentence, object, Prepositions::Default);
                if !actors.is_empty() {
                    return actors;
                }
            }
            for preposition in ["in", "to"] {
                let places =
                    self.prepositional_targets(sentence, clause, Prepositions::Only(preposition));
                if !places.is_empty() {
                    return places;
                }
            }
        }
        Vec::new()
    }

    /// The parties named with "with" or "between" on a dispute noun that the purpose of verb
    /// `index`, or of its object, ends or settles ("a formula for ending its dispute with X",
    /// "agreed to resolve the conflict with X").
    fn dispute_parties(&self, sentence: &Sentence<'_, '_>, index: usize) -> Vec<Actor> {
        let clauses = sentence
            .children(index)
            .iter()
            .copied()
            .filter(|&clause| matches!(sentence.words[clause].deprel, "advcl" | "xcomp"))
            .chain(sentence.objects_of(index).into_iter().flat_map(|object| {
                sentence
                    .children(object)
                    .iter()
                    .copied()
                    .filter(|&clause| sentence.words[clause].deprel == "acl")
            }))
            .filter(|&clause| {
                sentence.words[clause].upos == "VERB"
                    && matches!(sentence.mark_of(clause).as_deref(), Some("to" | "for"))
            });
        for clause in clauses {
            for object in sentence.objects_of(clause) {
                if !DISPUTE_NOUNS.contains(&sentence.lemma(object).as_str()) {
                    continue;
                }
                // "ending its dispute with X" with "with X" hung on the verb or the noun.
                for head in [object, clause] {
                    let parties =
                        self.prepositional_targets(sentence, head, Prepositions::Only("with"));
                    if !parties.is_empty() {
                        return parties;
                    }
                }
            }
        }
        Vec::new()
    }

    /// The one a threat is made against: the subject of its condition ("threatened to walk out
    /// if the United States deploys missiles"), looked for in the clause `start` and the
    /// clauses it controls ("threatened to stop talks to reduce arms if …").
    fn condition_targets(&self, sentence: &Sentence<'_, '_>, start: usize) -> Vec<Actor> {
        let mut clauses = vec![start];
        let mut next = 0;
        while next < clauses.len() && clauses.len() < 8 {
            let clause = clauses[next];
            next += 1;
            clauses.extend(sentence.children(clause).iter().copied().filter(|&child| {
                let word = &sentence.words[child];
                word.upos == "VERB"
                    && (word.deprel == "xcomp"
                        || word.deprel == "advcl"
                            && sentence.mark_of(child).as_deref() == Some("to"))
            }));
        }
        for clause in clauses {
            for &child in sentence.children(clause) {
                if sentence.words[child].deprel == "advcl"
                    && matches!(sentence.mark_of(child).as_deref(), Some("if" | "unless"))
                {
                    let targets = self.subject_actors(sentence, child).0;
                    if !targets.is_empty() {
                        return targets;
                    }
                }
            }
        }
        Vec::new()
    }

    /// For a warning verb `governor` with the clause `clause`, the clause's doers when they are
    /// another actor than the warner and the clause has no future or modal: "Lavrov warned that
    /// Americans have taken dangerous steps" reports the Americans' act and threatens nothing
    /// ("warned that it would retaliate" stays a threat). Empty otherwise.
    fn warned_about_others(
        &self,
        sentence: &Sentence<'_, '_>,
        governor: usize,
        clause: usize,
    ) -> Vec<Actor> {
        if sentence.has_modal(clause, &self.cues) {
            return Vec::new();
        }
        let doers = self.subject_actors(sentence, clause).0;
        let speaker = self.subject_actors(sentence, governor).0;
        let another = !speaker.is_empty()
            && doers.iter().all(|doer| {
                speaker
                    .iter()
                    .all(|speaker| speaker.country != doer.country)
            });
        if another {
            doers
        } else {
            Vec::new()
        }
    }

    /// The actors pressure is put on by verb `index` ("put pressure on Assad", "increased the
    /// pressure on Iran"): whoever the "on" phrase of its object "pressure", or of the verb
    /// itself, names. Empty when the verb puts no pressure.
    fn pressed_party(&self, sentence: &Sentence<'_, '_>, index: usize) -> Vec<Actor> {
        let Some(pressure) = sentence
            .objects_of(index)
            .into_iter()
            .find(|&object| sentence.lemma(object) == "pressure")
        else {
            return Vec::new();
        };
        let on = |&noun: &usize| sentence.case_of(noun).as_deref() == Some("on");
        let pressed: Vec<usize> = sentence
            .children_with(pressure, "nmod")
            .into_iter()
            .chain(sentence.children_with(index, "obl"))
            .filter(on)
            .collect();
        self.actors_of_all(sentence, &pressed)
    }

    /// Actors of the subject of verb `index`: `nsubj`, or the noun a relative clause modifies,
    /// or the subject-noun of a participle.
    fn subject_actors(&self, sentence: &Sentence<'_, '_>, index: usize) -> (Vec<Actor>, String) {
        let subjects: Vec<usize> = sentence.children_with(index, "nsubj");
        for &subject in &subjects {
            let word = &sentence.words[subject];
            let relative = word.feats.contains("PronType=Rel")
                || matches!(word.lemma.to_lowercase().as_str(), "who" | "which" | "that");
            if relative {
                if let Some(noun) = sentence
                    .parent(index)
                    .filter(|_| sentence.words[index].deprel.starts_with("acl"))
                {
                    return (
                        self.actors_at(sentence, noun),
                        "relative clause".to_string(),
                    );
                }
                return (Vec::new(), "relative pronoun".to_string());
            }
        }
        if !subjects.is_empty() {
            return (self.actors_of_all(sentence, &subjects), "nsubj".to_string());
        }
        // "accused India and demanded …": a conjoined verb shares its first conjunct's subject
        // (not an infinitive hung on a verb without "to": `Sentence::is_infinitive_on_finite`).
        if sentence.words[index].deprel == "conj" && !sentence.is_passive(index) {
            if let Some(parent) = sentence.parent(index).filter(|&parent| {
                sentence.words[parent].upos == "VERB"
                    && !sentence.is_infinitive_on_finite(index, parent)
            }) {
                let (actors, _) = self.subject_actors(sentence, parent);
                if !actors.is_empty() {
                    return (actors, "subject of conjoined verb".to_string());
                }
            }
        }
        let participle = sentence.words[index].feats.contains("VerbForm=Part")
            || sentence.words[index].feats.contains("VerbForm=Ger")
            || sentence.words[index].feats.contains("VerbForm=Fin");
        if sentence.words[index].deprel == "acl"
            && participle
            && (!sentence.is_passive_participle(index) || sentence.acl_is_main_verb(index))
        {
            if let Some(noun) = sentence.parent(index) {
                // "blocked roads in the capital city of Algiers demanding …": a participle hung
                // on a place says what the clause's subject did there; the place is no doer.
                if let Some(verb) = sentence.verb_of_location(noun) {
                    let (actors, _) = self.subject_actors(sentence, verb);
                    return (actors, "participle after a place".to_string());
                }
                return (self.actors_at(sentence, noun), "participle".to_string());
            }
        }
        (Vec::new(), "no subject".to_string())
    }

    /// True when clause `start` sits, further up, in the complement of a verb of opinion,
    /// hope or denial ("I hope the US attacks would target the air bases", "analysts believe
    /// Russia would …"), which the walk up from a modal act may not reach before it returns.
    fn opinion_above(&self, sentence: &Sentence<'_, '_>, start: usize) -> bool {
        let mut clause = start;
        for _ in 0..12 {
            let Some(governor) = sentence.parent(clause) else {
                return false;
            };
            if sentence.words[clause].deprel == "ccomp" {
                if sentence.lemma_is_cue(governor, &self.cues, CueKind::Report) {
                    return false;
                }
                return match self.frame_of(sentence, governor) {
                    None | Some(Frame::Refusal) => true,
                    // "hope that …", "want the US to …": someone else's act is wished for.
                    Some(Frame::Intent) => {
                        let speaker = self.subject_actors(sentence, governor).0;
                        let actors = self.subject_actors(sentence, start).0;
                        !actors.is_empty()
                            && !speaker
                                .iter()
                                .any(|s| actors.iter().any(|a| a.country == s.country))
                    }
                    Some(_) => false,
                };
            }
            clause = governor;
        }
        false
    }

    /// Who made the offer or proposal that refusal verb `index` turns down: an actor object
    /// ("rejected a US offer" parsed with "US" as the object), or the actor inside the
    /// object ("an offer from Kabul", "Kabul's offer", "a US offer").
    fn offerer(&self, sentence: &Sentence<'_, '_>, index: usize) -> Vec<Actor> {
        let objects = sentence.objects_of(index);
        let actors = self.actors_of_all(sentence, &objects);
        if !actors.is_empty() {
            return actors;
        }
        for object in objects {
            let inner = self.prepositional_targets(sentence, object, Prepositions::Only("from"));
            if !inner.is_empty() {
                return inner;
            }
            let inner = self.noun_source(sentence, object);
            if !inner.is_empty() {
                return inner;
            }
        }
        Vec::new()
    }

    /// State authorities (government, police, army, courts) named without a country among
    /// `heads` — or, with `anyone`, people of any sector (protesters, workers, students) —
    /// given the country of the state verb `index` happens in.
    fn placed_actors(
        &self,
        sentence: &Sentence<'_, '_>,
        heads: &[usize],
        index: usize,
        noun: Option<usize>,
        anyone: bool,
    ) -> Vec<Actor> {
        let places = self.clause_places(sentence, index, noun);
        let Some(home) = places
            .iter()
            .find(|place| matches!(self.actor_kind(&place.country), Some("state" | "territory")))
        else {
            return Vec::new();
        };
        self.countryless_agents(sentence, heads, &home.country, |sector| {
            anyone || AUTHORITY_SECTORS.contains(&sector)
        })
    }

    /// Government offices named without a country among `heads` ("the prime minister", "the
    /// government"), as actors of `country`.
    fn offices_of(
        &self,
        sentence: &Sentence<'_, '_>,
        heads: &[usize],
        country: &str,
    ) -> Vec<Actor> {
        // A head document reading resolved is someone already named.
        let unresolved: Vec<usize> = heads
            .iter()
            .copied()
            .filter(|&head| sentence.resolved_at(head).is_none())
            .collect();
        self.countryless_agents(sentence, &unresolved, country, |sector| {
            matches!(sector, "GOV" | "LEG" | "JUD")
        })
    }

    /// The agents among `heads` that the lexicon found with a sector but no country ("police",
    /// "the prime minister") and whose sector `wanted` accepts, as actors of `country`.
    fn countryless_agents(
        &self,
        sentence: &Sentence<'_, '_>,
        heads: &[usize],
        country: &str,
        wanted: impl Fn(&str) -> bool,
    ) -> Vec<Actor> {
        heads
            .iter()
            .filter_map(|&head| {
                // "President Idriss Mahamat": an unknown name under the title that names the
                // office ("President" hung on the name as `nmod:desc` or `compound`).
                // A given name the lexicon knows only for someone else ("Judge Alejandro
                // Rivera") names neither a sector nor an actor.
                let names_someone = |number: &usize| {
                    sentence.resolutions.get(*number).is_some_and(|resolution| {
                        !resolution.sectors.is_empty() || resolution.code.is_some()
                    })
                };
                let number = sentence
                    .resolution_at(head)
                    .filter(names_someone)
                    .or_else(|| {
                        sentence.children(head).iter().find_map(|&child| {
                            matches!(sentence.words[child].deprel, "nmod:desc" | "compound")
                                .then(|| sentence.resolution_at(child))
                                .flatten()
                        })
                    })?;
                let resolution = sentence.resolutions.get(number)?;
                let mut sector = resolution.sectors.first()?.clone();
                let mut cameo = resolution.cameo.clone();
                // "Leaders of the opposition coalition": the leaders of a group are the group.
                if sector == "GOV" {
                    let group = sentence.children(head).iter().find_map(|&child| {
                        if sentence.words[child].deprel != "nmod"
                            || sentence.case_of(child).as_deref() != Some("of")
                        {
                            return None;
                        }
                        let inner = &sentence.resolutions[sentence.resolution_at(child)?];
                        let inner_sector = inner.sectors.first()?;
                        (inner.code.is_none() && inner_sector != "GOV")
                            .then(|| (inner_sector.clone(), inner.cameo.clone()))
                    });
                    if let Some((group_sector, group_cameo)) = group {
                        sector = group_sector;
                        cameo = group_cameo;
                    }
                }
                (resolution.code.is_none() && wanted(&sector)).then(|| Actor {
                    start: resolution.start,
                    end: resolution.end,
                    code: format!("{country}{cameo}"),
                    country: country.to_string(),
                    sector: Some(sector),
                    antecedent: None,
                    implied: false,
                })
            })
            .collect()
    }

    /// Gives each "ethnic X" actor the country of the state it is placed in.
    fn place_ethnic_groups(
        &self,
        sentence: &Sentence<'_, '_>,
        actors: &mut [Actor],
        places: &[Actor],
    ) {
        let Some(home) = places
            .iter()
            .find(|place| self.actor_kind(&place.country) == Some("state"))
        else {
            return;
        };
        for actor in actors {
            let ethnic = (actor.start..actor.end).any(|word| {
                std::iter::once(word)
                    .chain(sentence.children(word).iter().copied())
                    .any(|inner| sentence.lemmas.get(inner).is_some_and(|l| l == "ethnic"))
            });
            if ethnic && actor.country != home.country && actor.antecedent.is_none() {
                actor.code = format!(
                    "{}{}",
                    home.country,
                    actor.sector.clone().unwrap_or_default()
                );
                actor.country = home.country.clone();
            }
        }
    }

    /// The place of verb `index`'s act, or of its object or the pattern's noun, or of an "of"
    /// noun modifying those ("declared a state of siege in Haiti").
    fn clause_places(
        &self,
        sentence: &Sentence<'_, '_>,
        index: usize,
        noun: Option<usize>,
    ) -> Vec<Actor> {
        let mut places = self.places_of(sentence, index);
        // The place of whom the act is done to: "killed workers in Mali", "fired tear gas
        // at protesters in Nairobi".
        let objects = self.target_heads(sentence, index, noun);
        for object in objects {
            if !places.is_empty() {
                break;
            }
            places = self.places_of(sentence, object);
            // Only through "of", which names the object ("a state of siege in Haiti"), not
            // "support for Riyadh's war in Yemen".
            for &inner in sentence.children(object) {
                if places.is_empty()
                    && sentence.words[inner].deprel == "nmod"
                    && sentence.case_of(inner).as_deref() == Some("of")
                {
                    places = self.places_of(sentence, inner);
                }
                // Where a participle puts it: "blew up power lines leading into Kabul".
                let participle = sentence.words[inner].deprel == "acl"
                    && sentence.words[inner].feats.contains("VerbForm=Ger");
                for preposition in ["in", "into", "near"] {
                    if places.is_empty() && participle {
                        places = self.prepositional_targets(
                            sentence,
                            inner,
                            Prepositions::Only(preposition),
                        );
                    }
                }
            }
        }
        if places.is_empty() {
            // The place of the act's purpose: "used tear gas to disperse protesters in Nairobi".
            for &clause in sentence.children(index) {
                if places.is_empty() && sentence.is_purpose_clause(clause, &["advcl", "xcomp"]) {
                    places = self.clause_places(sentence, clause, None);
                }
            }
        }
        places
    }

    /// The places "in" which `index` happens: its own `in` phrase, or one the parser hung on
    /// its time phrase ("demonstrated on Tuesday in Serbia").
    fn places_of(&self, sentence: &Sentence<'_, '_>, index: usize) -> Vec<Actor> {
        // `prepositional_targets` also reads the phrases hung on a verb's time phrase.
        let mut places = self.prepositional_targets(sentence, index, Prepositions::Only("in"));
        // A pronoun is no place: "in his own honour", "in its statement".
        places.retain(|place| {
            sentence
                .words
                .get(place.start)
                .is_none_or(|word| word.upos != "PRON")
        });
        if !places.is_empty() {
            return places;
        }
        // Towns the gazetteer knows and the lexicon does not: "in Peshawar".
        sentence
            .dependents_through_times(index)
            .into_iter()
            .filter(|&child| {
                matches!(sentence.words[child].deprel, "obl" | "nmod")
                    && sentence.case_of(child).as_deref() == Some("in")
            })
            .filter_map(|child| sentence.known_place_within(child, 3))
            .collect()
    }

    /// Target actors through prepositional dependents of `index` (`obl`, `nmod`): with
    /// `wanted`, only that preposition; otherwise the default target prepositions.
    fn prepositional_targets(
        &self,
        sentence: &Sentence<'_, '_>,
        index: usize,
        wanted: Prepositions<'_>,
    ) -> Vec<Actor> {
        let mut heads = Vec::new();
        for child in sentence.dependents_through_times(index) {
            let relation = sentence.words[child].deprel;
            let through_time = sentence.parent(child) != Some(index);
            if !(through_time
                || relation == "obl"
                || relation == "nmod"
                || relation.starts_with("obl:")
                    && relation != "obl:agent"
                    && relation != "obl:tmod")
            {
                continue;
            }
            let Some(case) = sentence.case_of(child) else {
                continue;
            };
            let fits = match wanted {
                Prepositions::Only(preposition) => case == preposition,
                Prepositions::Default => TARGET_PREPOSITIONS.contains(&case.as_str()),
                Prepositions::DefaultWithoutAt => {
                    case != "at" && TARGET_PREPOSITIONS.contains(&case.as_str())
                }
                Prepositions::DefaultWithoutWith => {
                    case != "with" && TARGET_PREPOSITIONS.contains(&case.as_str())
                }
            };
            if fits {
                heads.push(child);
            }
        }
        self.actors_of_all(sentence, &heads)
    }

    /// The words that may name whom verb `index` acts on: its objects, the pattern's noun,
    /// and the nouns of its target prepositions and of theirs ("opened fire on
    /// demonstrators" parsed with "on demonstrators" under "fire").
    fn target_heads(
        &self,
        sentence: &Sentence<'_, '_>,
        index: usize,
        noun: Option<usize>,
    ) -> Vec<usize> {
        let mut holders = vec![index];
        holders.extend(sentence.objects_of(index));
        holders.extend(noun.filter(|noun| !holders.contains(noun)));
        let mut heads: Vec<usize> = holders[1..].to_vec();
        for &holder in &holders {
            for &child in sentence.children(holder) {
                let relation = sentence.words[child].deprel;
                if (relation == "obl" || relation == "nmod")
                    && sentence
                        .case_of(child)
                        .is_some_and(|case| TARGET_PREPOSITIONS.contains(&case.as_str()))
                    && !heads.contains(&child)
                {
                    heads.push(child);
                }
                // Whom the act's purpose is done to: "opened fire to disperse demonstrators".
                if sentence.is_purpose_clause(child, &["acl", "advcl"]) {
                    for object in sentence.objects_of(child) {
                        if !heads.contains(&object) {
                            heads.push(object);
                        }
                    }
                }
            }
        }
        // The people inside a count: "dozens of activists", "30 members of a separatist
        // group", "scores of refugees".
        let mut next = 0;
        while next < heads.len() && heads.len() < 8 {
            let head = heads[next];
            next += 1;
            if sentence.is_count_noun(head) {
                heads.extend(sentence.of_phrases(head));
            }
        }
        heads
    }

    /// Actors named by of/from/by inside an object noun phrase ("the removal of the
    /// president", "an offer from Kabul", "an admission by Moscow").
    fn inner_targets(&self, sentence: &Sentence<'_, '_>, object: usize) -> Vec<Actor> {
        let heads: Vec<usize> = sentence
            .children(object)
            .iter()
            .copied()
            .filter(|&child| {
                sentence.words[child].deprel == "nmod"
                    && matches!(
                        sentence.case_of(child).as_deref(),
                        Some("of" | "from" | "by")
                    )
            })
            .collect();
        self.actors_of_all(sentence, &heads)
    }

    /// The doer of the act that `object` (or its nominal modifier) describes: "an
    /// investigation into crimes committed by Croat forces", "condemned attacks carried out by
    /// Hamas". Only for acts about another act (investigating, accusing, rejecting): with
    /// "launched an offensive spearheaded by its allies" the doer is a partner, not a target.
    fn described_doers(&self, sentence: &Sentence<'_, '_>, object: usize) -> Vec<Actor> {
        self.actors_of_all(sentence, &described_doer_heads(sentence, object))
    }

    /// Source of an event noun: possessive, adjective or compound modifiers, then "by".
    fn noun_source(&self, sentence: &Sentence<'_, '_>, index: usize) -> Vec<Actor> {
        // (actor, named by a compound)
        let mut found: Vec<(Actor, bool)> = Vec::new();
        let patient_possessor = self.possessor_is_patient(sentence, index);
        for &child in sentence.children(index) {
            let relation = sentence.words[child].deprel;
            if relation == "nmod:poss" && patient_possessor {
                continue;
            }
            if matches!(relation, "nmod:poss" | "amod" | "compound") {
                let compound = relation == "compound";
                found.extend(
                    self.actors_at(sentence, child)
                        .into_iter()
                        .map(|actor| (actor, compound)),
                );
            }
        }
        // "its Security Council veto", "Russia's UN veto": with an actor named as possessor or
        // adjective, an international organisation in a compound is where it acts, not a
        // second actor ("Nato airstrikes" alone keep Nato).
        let named = found.iter().any(|(_, compound)| !compound);
        let mut actors: Vec<Actor> = found
            .into_iter()
            .filter(|(actor, compound)| !(named && *compound && actor.code.starts_with("IGO")))
            .map(|(actor, _)| actor)
            .collect();
        if actors.is_empty() {
            // The noun inside an actor phrase ("the Russian airstrike"): its own resolution.
            if let Some(resolution) = sentence.resolution_at(index) {
                if let Some(actor) = sentence.actor_from_resolution(resolution) {
                    if sentence.resolutions[resolution].end - 1 != index
                        || sentence.resolutions[resolution].start < index
                    {
                        actors.push(actor);
                    }
                }
            }
        }
        if actors.is_empty() {
            for &child in sentence.children(index) {
                if sentence.words[child].deprel == "nmod"
                    && sentence.case_of(child).as_deref() == Some("by")
                {
                    actors.extend(self.actors_at(sentence, child));
                }
            }
        }
        actors
    }

    /// Who proposed what verb `index` acts on: the object itself when it names an actor, else
    /// its maker as an event noun's source is found ("vetoed Britain's proposal", "vetoed a
    /// Russian draft", "vetoed UN resolutions", "a resolution by France"), never a phrase
    /// saying whom the proposal is against or about.
    fn proposers(&self, sentence: &Sentence<'_, '_>, index: usize) -> Vec<Actor> {
        let mut proposers = Vec::new();
        for object in sentence.objects_of(index) {
            match sentence
                .resolution_at(object)
                .and_then(|number| sentence.actor_from_resolution(number))
            {
                Some(actor) => proposers.push(actor),
                None => proposers.extend(self.noun_source(sentence, object)),
            }
        }
        proposers
    }

    /// The verb of motion through which help noun `index` is given: "coming to Baghdad's aid",
    /// "rushed to the assistance of Kyiv".
    fn coming_to_help(&self, sentence: &Sentence<'_, '_>, index: usize) -> Option<usize> {
        if !HELP_NOUNS.contains(&sentence.lemma(index).as_str())
            || sentence.case_of(index).as_deref() != Some("to")
            || sentence.words[index].deprel != "obl"
        {
            return None;
        }
        sentence.parent(index).filter(|&verb| {
            sentence.words[verb].upos == "VERB"
                && COMING_VERBS.contains(&sentence.lemma(verb).as_str())
        })
    }

    /// Whether the possessor of event noun `index` is the one it is done to: "their capture",
    /// "his arrest" (not "Russia's capture of Palmyra", whose "of" phrase is the patient).
    fn possessor_is_patient(&self, sentence: &Sentence<'_, '_>, index: usize) -> bool {
        PATIENT_NOUNS.contains(&sentence.lemma(index).as_str())
            && !sentence.children(index).iter().any(|&child| {
                sentence.words[child].deprel == "nmod"
                    && sentence.case_of(child).as_deref() == Some("of")
            })
    }

    /// Targets of an event noun: `nmod` with of/on/against/to/with/at/into; the possessor of
    /// a noun done to it ("their capture").
    fn noun_targets(&self, sentence: &Sentence<'_, '_>, index: usize) -> Vec<Actor> {
        if self.possessor_is_patient(sentence, index) {
            let possessors = sentence.children_with(index, "nmod:poss");
            let actors = self.actors_of_all(sentence, &possessors);
            if !actors.is_empty() {
                return actors;
            }
        }
        // The nearest phrase that names someone: "sanctions on Iran and subservience towards
        // Israel" (with "towards Israel" hung on "sanctions") targets Iran only; coordination
        // inside the phrase ("on Iran and Syria") still gives both.
        for &child in sentence.children(index) {
            if sentence.words[child].deprel != "nmod" {
                continue;
            }
            let Some(case) = sentence.case_of(child) else {
                continue;
            };
            if case == "of" || TARGET_PREPOSITIONS.contains(&case.as_str()) {
                let actors = self.actors_at(sentence, child);
                if !actors.is_empty() {
                    return actors;
                }
            }
        }
        Vec::new()
    }

    /// Events of noun `index` standing alone ("Russian airstrikes on Kharkiv").
    fn noun_events(&self, sentence: &Sentence<'_, '_>, index: usize) -> Vec<Found> {
        let Some(entry) = self.noun_entry(sentence, index) else {
            return Vec::new();
        };
        // A noun that is itself an actor's agent word ("protesters") is not an event here.
        let found = Match {
            entry,
            code: entry.code.clone(),
            noun: None,
            construction: "event noun",
        };
        if sentence.is_negated(index) {
            return Vec::new();
        }
        // "his refusal to raise interest rates": a refusal of something that is not an event
        // is no rejection (as "refused to confirm"); a codable refused act is coded through
        // the noun's clause.
        let refused_clause = self.frame_of(sentence, index) == Some(Frame::Refusal)
            && sentence.children(index).iter().any(|&child| {
                sentence.words[child].deprel == "acl"
                    && sentence.words[child].upos == "VERB"
                    && sentence.mark_of(child).as_deref() == Some("to")
            });
        if refused_clause {
            return Vec::new();
        }
        // "the expected offensive", "a possible strike", "the prospect of an operation".
        let hedged = sentence.children(index).iter().any(|&child| {
            matches!(sentence.words[child].deprel, "amod" | "compound")
                && HEDGING_MODIFIERS.contains(&sentence.lemma(child).as_str())
                // "a withdrawal promised by Trump", "the strikes threatened by Washington".
                || sentence.words[child].deprel == "acl"
                    && PROMISING_PARTICIPLES.contains(&sentence.lemma(child).as_str())
        }) || sentence.parent(index).is_some_and(|parent| {
            sentence.words[index].deprel == "nmod"
                && self
                    .cues
                    .kinds(&sentence.lemma(parent), &[])
                    .contains(&CueKind::Modality)
                || HEDGING_NOUNS.contains(&sentence.lemma(parent).as_str())
                // "an offer for direct talks", "a call for its peacekeeping forces to be
                // deployed": what is proposed has not happened.
                || sentence.words[index].deprel == "nmod"
                    && PROPOSAL_NOUNS.contains(&sentence.lemma(parent).as_str())
        });
        if hedged {
            return Vec::new();
        }
        let relation = sentence.words[index].deprel;
        // As the object of a verb that is not a light verb ("condemned the airstrikes") the
        // noun is that verb's topic; as a subject, the clause says what happened to it.
        // As a modifier of another noun ("aid workers", "protest leaders") it names no act.
        // Except with a verb that only says the act goes on or breaks out: "Palestinian riots
        // are continuing", "clashes erupted" report the riots and the clashes.
        // So do "the withdrawal was completed" and "talks took place".
        let ongoing = matches!(relation, "nsubj" | "nsubj:pass")
            && sentence.parent(index).is_some_and(|verb| {
                let lemma = sentence.lemma(verb);
                let particles = sentence.particles(verb);
                let particle = |wanted: &str| particles.iter().any(|p| p == wanted);
                let passive = relation == "nsubj:pass";
                // "broke out", "went on": only with their particle.
                let aspectual = match lemma.as_str() {
                    "complete" | "conclude" => passive,
                    _ if passive => false,
                    "break" => particle("out"),
                    "go" => particle("on"),
                    "flare" => particle("up"),
                    "take" => sentence
                        .objects_of(verb)
                        .iter()
                        .any(|&object| sentence.lemma(object) == "place"),
                    other => ASPECTUAL_VERBS.contains(&other),
                };
                sentence.words[verb].upos == "VERB"
                    && aspectual
                    && !sentence.is_negated(verb)
                    && !sentence.has_modal(verb, &self.cues)
                    && !sentence.has_ability_modal(verb)
                    && !sentence.in_unreal_frame(verb, &|_| false)
            });
        if matches!(relation, "obj" | "nsubj" | "nsubj:pass" | "compound") && !ongoing {
            return Vec::new();
        }
        // "speaking about American military intervention", "a film about the invasion": a
        // topic, not a report of the act ("angry about US recognition of Jerusalem" reports
        // one).
        // "Trump's shifting stance on Syrian airstrikes", "talks on a ceasefire": so is what a
        // stance, debate or vote is on.
        let topic = sentence.parent(index).is_some_and(|parent| {
            let parent_lemma = sentence.lemma(parent);
            match sentence.case_of(index).as_deref() {
                Some("about") => TOPIC_WORDS.contains(&parent_lemma.as_str()),
                Some("on" | "over") => STANCE_NOUNS.contains(&parent_lemma.as_str()),
                _ => false,
            }
        });
        // "civilians who might be killed by US land attack": the clause it hangs in has not
        // happened.
        let unreal_clause = sentence.parent(index).is_some_and(|verb| {
            sentence.words[verb].upos == "VERB"
                && (sentence.has_modal(verb, &self.cues) || sentence.has_ability_modal(verb))
        });
        // "We rule out the situation developing into a direct American-Russian clash": what
        // is ruled out, however deep in the object, is not happening.
        let mut node = index;
        for _ in 0..6 {
            let Some(parent) = sentence.parent(node) else {
                break;
            };
            if sentence.words[parent].upos == "VERB" {
                let ruled_out = matches!(sentence.lemma(parent).as_str(), "rule" | "exclude")
                    && (sentence.lemma(parent) == "exclude"
                        || sentence.particles(parent).iter().any(|p| p == "out"));
                if ruled_out {
                    return Vec::new();
                }
                if !sentence.children_with(parent, "nsubj").is_empty() {
                    break;
                }
            }
            node = parent;
        }
        // "wanted for arrest by Australian police", "pushed for talks", "hoping for a deal": an
        // act under a verb of wanting, asking or threatening has not happened (the verb codes
        // it when it can).
        let wanted = sentence.parent(index).is_some_and(|verb| {
            sentence.words[verb].upos == "VERB"
                && matches!(
                    self.frame_of(sentence, verb),
                    Some(Frame::Intent | Frame::Appeal | Frame::Demand | Frame::Threat)
                )
        });
        if wanted {
            return Vec::new();
        }
        // "not aware of any conversations between Putin and Trump": denied by the adjective
        // it hangs on.
        // ("not hopeful of Trump's threats" doubts what happened; "no different after the
        // chemical attack" denies nothing of it.)
        let denied = sentence.parent(index).is_some_and(|parent| {
            matches!(
                sentence.lemma(parent).as_str(),
                "aware" | "sure" | "certain" | "informed" | "conscious"
            ) && sentence.is_negated(parent)
        });
        if topic || unreal_clause || denied {
            return Vec::new();
        }
        if sentence.in_unreal_frame(index, &|_| false) {
            return Vec::new();
        }
        // "the UK is coming to Baghdad's aid", "rushed to the aid of Kyiv": whoever comes gives
        // the help; the possessor or the "of" phrase receives it, and is no source even when
        // the one who comes is no actor.
        if let Some(verb) = self.coming_to_help(sentence, index) {
            let (sources, _) = self.subject_actors(sentence, verb);
            let possessors = sentence.children_with(index, "nmod:poss");
            let mut targets = self.actors_of_all(sentence, &possessors);
            if targets.is_empty() {
                targets = self.noun_targets(sentence, index);
            }
            if sources.is_empty() {
                return Vec::new();
            }
            let word = &sentence.words[index];
            return self.emit(
                sentence,
                &found,
                &entry.code,
                sources,
                targets,
                vec!["event noun".to_string(), "coming to one's aid".to_string()],
                0.7,
                word.span.start,
                word.span.end,
            );
        }
        let mut sources = self.noun_source(sentence, index);
        let mut targets = Vec::new();
        if sources.is_empty() {
            // "clashes between Armenian and Azerbaijani forces": the first party is the
            // source, the others its targets.
            let parties =
                self.prepositional_targets(sentence, index, Prepositions::Only("between"));
            if parties.len() >= 2 {
                sources = parties[..1].to_vec();
                targets = parties[1..].to_vec();
            }
        } else {
            targets = self.noun_targets(sentence, index);
        }
        if sources.is_empty() {
            return Vec::new();
        }
        let word = &sentence.words[index];
        self.emit(
            sentence,
            &found,
            &entry.code,
            sources,
            targets,
            vec!["event noun".to_string(), "modifier source".to_string()],
            0.7,
            word.span.start,
            word.span.end,
        )
    }

    /// The kind of an actor code (`state`, `group`, `igo` …), if the tables know it.
    fn actor_kind(&self, code: &str) -> Option<&'l str> {
        self.lexicon
            .tables()
            .actor(code)
            .ok()
            .map(|actor| actor.kind.as_str())
    }

    /// Actors of several phrase heads, in order, without repeats.
    fn actors_of_all(&self, sentence: &Sentence<'_, '_>, heads: &[usize]) -> Vec<Actor> {
        let mut actors: Vec<Actor> = Vec::new();
        for &head in heads {
            for actor in self.actors_at(sentence, head) {
                if !actors
                    .iter()
                    .any(|known| known.start == actor.start && known.code == actor.code)
                {
                    actors.push(actor);
                }
            }
        }
        actors
    }

    /// Whom a demand made with a "that" clause addresses when the tree lost the clause: the
    /// tagger reads the bare verb of "demanded that Hamas renounce its armed struggle" or
    /// "urged that the government end curbs" as a noun, so the clause has no verb and no
    /// subject. The first actor named after the "that" right behind demand verb `index`,
    /// before any punctuation, is the one asked. Only when the tree has no verb there.
    fn subjunctive_subject(&self, sentence: &Sentence<'_, '_>, index: usize) -> Vec<Actor> {
        let that = index + 1;
        if sentence.lemmas.get(that).map(String::as_str) != Some("that") {
            return Vec::new();
        }
        let clause: Vec<usize> = (that + 1..sentence.words.len())
            .take_while(|&word| sentence.words[word].upos != "PUNCT")
            .collect();
        if clause
            .iter()
            .any(|&word| matches!(sentence.words[word].upos, "VERB" | "AUX"))
        {
            return Vec::new();
        }
        for word in clause {
            let actors = self.actors_at(sentence, word);
            if !actors.is_empty() {
                return actors;
            }
        }
        Vec::new()
    }

    /// The actors of the phrase headed by `index` and of the phrases conjoined to it.
    fn actors_at(&self, sentence: &Sentence<'_, '_>, index: usize) -> Vec<Actor> {
        // The people inside a count, each of them: "scores of Sierra Leonean and Liberian
        // refugees", "hundreds of Kurds and Arabs".
        // Not when the count is named itself: "the Syrian Democratic Forces group of Kurdish
        // and Arab militias" is the SDF.
        let named = sentence.children(index).iter().any(|&child| {
            matches!(
                sentence.words[child].deprel,
                "compound" | "amod" | "nmod:poss" | "flat" | "appos"
            ) && sentence.resolution_at(child).is_some()
        });
        if !named && sentence.is_count_noun(index) {
            let counted: Vec<Actor> = sentence
                .of_phrases(index)
                .flat_map(|child| self.actors_at(sentence, child))
                .collect();
            if !counted.is_empty() {
                return counted;
            }
        }
        let mut actors: Vec<Actor> = Vec::new();
        let mut heads = vec![index];
        for &child in sentence.children(index) {
            // A coordinated common noun counts only if it names an actor itself: "sanctions on
            // Iran and subservience towards Israel" does not make Israel a target.
            let names = |word: usize| {
                sentence.resolution_at(word).is_some() || sentence.resolved_at(word).is_some()
            };
            let names_actor = sentence.words[child].upos != "NOUN"
                || names(child)
                || sentence.children(child).iter().any(|&inner| {
                    matches!(
                        sentence.words[inner].deprel,
                        "amod" | "compound" | "nmod:poss"
                    ) && names(inner)
                });
            if sentence.words[child].deprel == "conj"
                && matches!(sentence.words[child].upos, "NOUN" | "PROPN" | "ADJ")
                && names_actor
            {
                heads.push(child);
            }
        }
        for head in heads {
            if let Some(leader) = sentence.leader_of(head) {
                actors.push(leader);
                continue;
            }
            if let Some(mention) = sentence.resolved_at(head) {
                // A pronoun, description or surname resolved by document reading; a pair
                // ("the two powers") gives both actors.
                for found in &mention.actors {
                    actors.push(Actor {
                        start: head,
                        end: head + 1,
                        code: found.code.clone(),
                        country: found.country.clone(),
                        sector: found.sector.clone(),
                        antecedent: Some(found.antecedent.clone()),
                        implied: false,
                    });
                }
                continue;
            }
            if let Some(mut actor) = sentence.actor_of_phrase(head) {
                // "Hungarian and Romanian officials": each coordinated adjective makes an actor
                // with the head's sector. A single one does not: "Iraqi Kurds" are one actor,
                // a people in a state, which counts as that state's.
                let modifiers: Vec<usize> = sentence
                    .children(head)
                    .iter()
                    .copied()
                    .filter(|&child| matches!(sentence.words[child].deprel, "amod" | "compound"))
                    .collect();
                let coordinated = modifiers.iter().any(|&modifier| {
                    sentence
                        .children(modifier)
                        .iter()
                        .any(|&inner| matches!(sentence.words[inner].deprel, "conj" | "cc"))
                });
                if !coordinated && self.actor_kind(&actor.country) == Some("group") {
                    let state = modifiers.iter().find_map(|&modifier| {
                        let found = &sentence.resolutions[sentence.resolution_at(modifier)?];
                        let country = found.code.as_ref()?;
                        (self.actor_kind(country) == Some("state"))
                            .then(|| (found.start, country.clone()))
                    });
                    if let Some((start, country)) = state {
                        actor.code =
                            format!("{country}{}", actor.sector.clone().unwrap_or_default());
                        actor.country = country;
                        actor.start = actor.start.min(start);
                    }
                }
                // "ethnic Albanians in Serbia": an ethnic group counts as the state it lives in.
                let ethnic = modifiers
                    .iter()
                    .any(|&modifier| sentence.lemmas[modifier] == "ethnic");
                if ethnic {
                    let home = sentence.children(head).iter().find_map(|&child| {
                        if sentence.words[child].deprel != "nmod"
                            || sentence.case_of(child).as_deref() != Some("in")
                        {
                            return None;
                        }
                        let place = sentence.actor_of_phrase(child)?;
                        (self.actor_kind(&place.country) == Some("state")).then_some(place)
                    });
                    if let Some(place) = home.filter(|place| place.country != actor.country) {
                        actor.code = format!(
                            "{}{}",
                            place.country,
                            actor.sector.clone().unwrap_or_default()
                        );
                        actor.country = place.country;
                        actor.end = actor.end.max(place.end);
                    }
                }
                let mut extra = Vec::new();
                for &child in &modifiers {
                    if coordinated {
                        let mut adjectives = vec![child];
                        adjectives.extend(
                            sentence
                                .children(child)
                                .iter()
                                .copied()
                                .filter(|&inner| sentence.words[inner].deprel == "conj"),
                        );
                        for adjective in adjectives {
                            if let Some(resolution) = sentence.resolution_at(adjective) {
                                let found = &sentence.resolutions[resolution];
                                if let Some(country) = &found.code {
                                    let known = *country == actor.country
                                        || extra
                                            .iter()
                                            .any(|other: &Actor| other.country == *country);
                                    if !known {
                                        extra.push(Actor {
                                            start: found.start,
                                            end: found.end,
                                            code: format!(
                                                "{country}{}",
                                                actor.sector.clone().unwrap_or_default()
                                            ),
                                            country: country.clone(),
                                            sector: actor.sector.clone(),
                                            antecedent: None,
                                            implied: false,
                                        });
                                    }
                                }
                            }
                        }
                    }
                }
                actors.push(actor);
                actors.extend(extra);
            }
        }
        actors
    }
}

/// Stems of a form ending in -s, by regular English inflection: "-ies" → "-y", "-es" and "-s"
/// stripped ("embargoes" → embargo, "parties" → party, "blames" → blame).
fn push_s_stems(form: &str, candidates: &mut Vec<String>) {
    if let Some(stem) = form.strip_suffix("ies") {
        candidates.push(format!("{stem}y"));
    }
    if let Some(stem) = form.strip_suffix("es") {
        candidates.push(stem.to_string());
    }
    if let Some(stem) = form.strip_suffix('s') {
        candidates.push(stem.to_string());
    }
}

/// Sectors through which a state or group acts: "its forces", "their government".
const OWN_AGENT_SECTORS: [&str; 5] = ["MIL", "GOV", "COP", "SPY", "UAF"];

/// Drops targets of a source's own country: a pronoun back to the source, or the source's own
/// side, names no other party ("criticized Japan over its textbooks").
fn drop_sources_countries(sources: &[Actor], targets: &mut Vec<Actor>) {
    targets.retain(|target| {
        !sources
            .iter()
            .any(|source| source.country == target.country)
    });
}

/// Drops targets that are the source's own agents named through a possessive pronoun:
/// "Israel strengthened its forces in Lebanon" acts on Lebanon, not on the Israeli army
/// (which then leaves the place to name the target). "Iran arrested its citizens" keeps its
/// target: citizens are not the state's instrument.
fn drop_own_agents(sentence: &Sentence<'_, '_>, sources: &[Actor], targets: &mut Vec<Actor>) {
    targets.retain(|target| {
        let own_country = sources
            .iter()
            .any(|source| source.country == target.country);
        let own_agent = target
            .sector
            .as_deref()
            .is_some_and(|sector| OWN_AGENT_SECTORS.contains(&sector));
        let possessive = (target.start..target.end).any(|index| {
            sentence
                .words
                .get(index)
                .is_some_and(|word| word.deprel == "nmod:poss" && word.upos == "PRON")
        });
        !(own_country && own_agent && possessive)
    });
}

/// Which prepositions introduce a target.
#[derive(Debug, Clone, Copy)]
enum Prepositions<'p> {
    /// Only this one (a pattern's `>PREP`, or "in" for a place).
    Only(&'p str),
    /// The default target prepositions.
    Default,
    /// The defaults except "with" ("fought with the US against Isis").
    DefaultWithoutWith,
    /// The defaults except "at" ("met at the UN").
    DefaultWithoutAt,
}

/// A matched predicate.
struct Match<'e> {
    entry: &'e EventEntry,
    /// The act's CAMEO code: the entry's, or the code of ending it ("halted talks" 164).
    code: String,
    /// The event noun, for `VERB OBJECT` patterns and light verbs.
    noun: Option<usize>,
    construction: &'static str,
}

/// An actor found in the sentence, by word indices.
#[derive(Debug, Clone, PartialEq)]
struct Actor {
    start: usize,
    end: usize,
    code: String,
    country: String,
    sector: Option<String>,
    /// The earlier mention, when document reading resolved the phrase.
    antecedent: Option<Antecedent>,
    /// Not named in the text but implied: the protesters' own government.
    implied: bool,
}

/// An event before it knows its sentence index.
struct Found {
    source: EventActor,
    target: Option<EventActor>,
    cameo: detente_lexicon::CameoCode,
    predicate_text: String,
    predicate_span: Span,
    rule: String,
    confidence: f32,
}

fn push_unique(events: &mut Vec<Event>, sentence_index: usize, found: Found) {
    let duplicate = events.iter().any(|event| {
        event.source.span == found.source.span
            && event.source.code == found.source.code
            && event.target.as_ref().map(|t| (t.span, &t.code))
                == found.target.as_ref().map(|t| (t.span, &t.code))
            && event.cameo_code == found.cameo.code
    });
    if duplicate {
        return;
    }
    // Keep the one most specific reading of a predicate and actors: a later, differently
    // coded event on the same predicate span and actors is a second reading, not a second act.
    events.push(Event {
        sentence_index,
        source: found.source,
        target: found.target,
        cameo_code: found.cameo.code.clone(),
        plover_type: found.cameo.plover_type.clone(),
        plover_mode: found.cameo.plover_mode.clone(),
        plover_context: if found.cameo.plover_contexts.is_empty() {
            None
        } else {
            Some(found.cameo.plover_contexts.join(";"))
        },
        goldstein: found.cameo.goldstein,
        quad_class: found.cameo.quad_class,
        predicate_text: found.predicate_text,
        predicate_span: found.predicate_span,
        rule: found.rule,
        confidence: found.confidence,
        date: None,
        location: None,
        speaker: None,
    });
}

fn match_words<'a>(words: &[SentenceWord<'a>]) -> Vec<MatchWord<'a>> {
    words
        .iter()
        .map(|word| MatchWord::tagged(word.form, word.lemma, word.upos))
        .collect()
}

/// A sentence with its tree and resolved actors.
struct Sentence<'s, 'a> {
    text: &'s str,
    words: &'s [SentenceWord<'a>],
    children: Vec<Vec<usize>>,
    resolutions: Cow<'s, [ActorResolution]>,
    /// Per word, the resolution covering it.
    resolution_of_word: Vec<Option<usize>>,
    /// The article date.
    date: Option<Date>,
    /// Lowercase lemmas, verb lemmas repaired where the lexicon knows a better one.
    lemmas: Vec<String>,
    /// Per word, the mention document reading resolved with this word as head.
    resolved_of_word: Vec<Option<&'s ResolvedMention>>,
    /// Per word, the gazetteer place document reading found it in.
    place_of_word: Vec<Option<&'s KnownPlace>>,
}

impl<'s, 'a> Sentence<'s, 'a> {
    fn new(
        text: &'s str,
        words: &'s [SentenceWord<'a>],
        resolutions: Cow<'s, [ActorResolution]>,
    ) -> Sentence<'s, 'a> {
        let mut children = vec![Vec::new(); words.len()];
        for (index, word) in words.iter().enumerate() {
            if word.head >= 1 && word.head <= words.len() && word.head - 1 != index {
                children[word.head - 1].push(index);
            }
        }
        let mut resolution_of_word = vec![None; words.len()];
        for (number, resolution) in resolutions.iter().enumerate() {
            for slot in resolution_of_word
                .iter_mut()
                .take(resolution.end.min(words.len()))
                .skip(resolution.start)
            {
                *slot = Some(number);
            }
        }
        Sentence {
            text,
            words,
            children,
            resolutions,
            resolution_of_word,
            date: None,
            lemmas: words.iter().map(|word| word.lemma.to_lowercase()).collect(),
            resolved_of_word: Vec::new(),
            place_of_word: Vec::new(),
        }
    }

    fn children(&self, index: usize) -> &[usize] {
        self.children.get(index).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The dependents of `index`, and those of its time phrases ("met on Thursday with Xi"
    /// parsed as "Thursday with Xi"), which belong to the verb.
    fn dependents_through_times(&self, index: usize) -> Vec<usize> {
        let mut dependents = self.children(index).to_vec();
        if self.words[index].upos == "VERB" {
            for &child in self.children(index) {
                if self.words[child].deprel.starts_with("obl") && self.is_time(child) {
                    dependents.extend(
                        self.children(child)
                            .iter()
                            .copied()
                            .filter(|&inner| !self.is_time(inner)),
                    );
                }
            }
        }
        dependents
    }

    fn children_with(&self, index: usize, relation: &str) -> Vec<usize> {
        self.children(index)
            .iter()
            .copied()
            .filter(|&child| self.words[child].deprel == relation)
            .collect()
    }

    fn parent(&self, index: usize) -> Option<usize> {
        let head = self.words.get(index)?.head;
        (head >= 1 && head <= self.words.len() && head - 1 != index).then(|| head - 1)
    }

    fn lemma(&self, index: usize) -> String {
        self.lemmas[index].clone()
    }

    /// The verb whose place phrase noun `index` is or lies in ("in the capital city of
    /// Algiers": the verb of "in"), through "of" phrases; `None` when `index` is in no place
    /// phrase of a verb.
    fn verb_of_location(&self, index: usize) -> Option<usize> {
        let mut noun = index;
        for _ in 0..4 {
            let parent = self.parent(noun)?;
            let case = self.case_of(noun);
            match self.words[noun].deprel {
                "nmod" if case.as_deref() == Some("of") => noun = parent,
                "obl" => {
                    let locative =
                        case.is_some_and(|case| LOCATIVE_PREPOSITIONS.contains(&case.as_str()));
                    return (locative && self.words[parent].upos == "VERB").then_some(parent);
                }
                _ => return None,
            }
        }
        None
    }

    /// A verb clause of `relations` introduced by "to": the purpose of an act ("opened fire to
    /// disperse demonstrators").
    fn is_purpose_clause(&self, clause: usize, relations: &[&str]) -> bool {
        relations.contains(&self.words[clause].deprel)
            && self.words[clause].upos == "VERB"
            && self.mark_of(clause).as_deref() == Some("to")
    }

    /// Whether a noun has a possessor ("its forces", "the country's military"): someone's,
    /// left to coreference rather than placed.
    fn has_possessor(&self, noun: usize) -> bool {
        !self.children_with(noun, "nmod:poss").is_empty()
    }

    /// The town or region document reading found at word `index`, as an actor of its
    /// country; none where the lexicon resolves the word itself.
    /// A gazetteer town in the phrase headed by `index`: the head itself, a name compounded
    /// with it ("the Jaffna peninsula"), or one down a chain of "of" phrases ("the battle
    /// zones of the southern sector of the Jaffna peninsula"), at most `depth` deep.
    fn known_place_within(&self, index: usize, depth: usize) -> Option<Actor> {
        if let Some(place) = self.known_place_actor(index) {
            return Some(place);
        }
        for &child in self.children(index) {
            if self.words[child].deprel == "compound" {
                if let Some(place) = self.known_place_actor(child) {
                    return Some(place);
                }
            }
        }
        if depth == 0 {
            return None;
        }
        self.of_phrases(index)
            .find_map(|child| self.known_place_within(child, depth - 1))
    }

    fn known_place_actor(&self, index: usize) -> Option<Actor> {
        if self.resolution_at(index).is_some() {
            return None;
        }
        let place = self.place_of_word.get(index).copied().flatten()?;
        let words = self.words_within(place.span);
        Some(Actor {
            start: words.start,
            end: words.end,
            code: place.country.clone(),
            country: place.country.clone(),
            sector: None,
            antecedent: None,
            implied: false,
        })
    }

    /// The words whose spans lie inside `span`, as a range of indices.
    fn words_within(&self, span: Span) -> std::ops::Range<usize> {
        let start = self
            .words
            .iter()
            .position(|word| word.span.start >= span.start)
            .unwrap_or(self.words.len());
        let end = self.words[start..]
            .iter()
            .position(|word| word.span.end > span.end)
            .map_or(self.words.len(), |offset| start + offset);
        start..end.max(start)
    }

    /// The lemma of the first `case` child (the preposition of an `obl`/`nmod`).
    ///
    /// The parser sometimes hangs the preposition on the phrase's first modifier instead of
    /// its head ("to 18 Rwandan rebels" with `to` under `18`): a `case` word that opens the
    /// phrase under a number, determiner or adjective before the head counts as the head's.
    fn case_of(&self, index: usize) -> Option<String> {
        let is_preposition =
            |case: &usize| self.words[*case].form != "'s" && self.words[*case].form != "'";
        if let Some(case) = self
            .children_with(index, "case")
            .into_iter()
            .find(is_preposition)
        {
            return Some(self.lemma(case));
        }
        let first_modifier = self.children(index).iter().copied().find(|&child| {
            child < index && matches!(self.words[child].deprel, "nummod" | "det" | "amod")
        })?;
        let case = self
            .children_with(first_modifier, "case")
            .into_iter()
            .filter(|&case| case < first_modifier && self.words[case].upos == "ADP")
            .find(is_preposition);
        if let Some(case) = case {
            return Some(self.lemma(case));
        }
        // "complained … over two Israeli raids" read as "over two" (more than two): on an
        // oblique with no preposition of its own, the word is its preposition.
        let oblique =
            self.words[index].deprel.starts_with("obl") || self.words[index].deprel == "nmod";
        let over = self
            .children_with(first_modifier, "advmod")
            .into_iter()
            .find(|&word| {
                word < first_modifier && matches!(self.lemma(word).as_str(), "over" | "about")
            })
            .filter(|_| oblique && self.words[first_modifier].deprel == "nummod")?;
        Some(self.lemma(over))
    }

    /// True when conjunct `index` is an infinitive ("to …") hung on a verb `first` that has
    /// no "to" of its own: "told people to no longer travel …, but to instead conduct attacks"
    /// with "travel" read as a noun. It stands for the infinitive the parse lost, whose doer
    /// the first verb's subject need not be.
    fn is_infinitive_on_finite(&self, index: usize, first: usize) -> bool {
        let infinitive = |verb: usize| self.mark_of(verb).as_deref() == Some("to");
        infinitive(index) && !infinitive(first)
    }

    fn mark_of(&self, index: usize) -> Option<String> {
        self.children_with(index, "mark")
            .first()
            .map(|&mark| self.lemma(mark))
    }

    /// A time expression: a weekday, a month, a date or a period word.
    /// Whether `index` is a count or a part that names no one itself ("dozens", "scores",
    /// "members"): the people are behind its "of".
    fn is_count_noun(&self, index: usize) -> bool {
        let lemma = self.lemma(index);
        QUANTITY_NOUNS.contains(&lemma.as_str()) || PART_NOUNS.contains(&lemma.as_str())
    }

    /// The "of" phrases of `index`: "dozens *of activists*", "the north *of Syria*".
    fn of_phrases(&self, index: usize) -> impl Iterator<Item = usize> + '_ {
        self.children(index).iter().copied().filter(|&child| {
            self.words[child].deprel == "nmod" && self.case_of(child).as_deref() == Some("of")
        })
    }

    fn is_time(&self, index: usize) -> bool {
        let lemma = self.lemma(index);
        TIME_WORDS.contains(&lemma.as_str())
            || detente_lexicon::is_calendar_name(&lemma)
            || self.words[index].upos == "NUM"
            || self.words[index].deprel.ends_with(":tmod")
    }

    /// Whether `child` of verb `index` is a particle the parser made an adverb: "handed over
    /// two suspects", "handed two suspects over" (right after the verb or its short object).
    fn is_adverb_particle(&self, index: usize, child: usize) -> bool {
        self.words[child].deprel == "advmod"
            && child > index
            && child <= index + 4
            && PARTICLE_ADVERBS.contains(&self.lemmas[child].as_str())
    }

    fn particles(&self, index: usize) -> Vec<String> {
        let mut particles: Vec<String> = self
            .children(index)
            .iter()
            .filter(|&&child| self.words[child].deprel == "compound:prt")
            .map(|&child| self.lemma(child))
            .collect();
        for &child in self.children(index) {
            if self.is_adverb_particle(index, child) && !particles.contains(&self.lemmas[child]) {
                particles.push(self.lemma(child));
            }
        }
        for &child in self.children(index) {
            if matches!(self.words[child].deprel, "obl" | "xcomp" | "ccomp") {
                if let Some(case) = self.case_of(child).or_else(|| self.mark_of(child)) {
                    particles.push(case);
                }
            }
        }
        particles
    }

    /// A verb that ends what it governs ("halted talks", "stopped arming", "broke off
    /// relations"), but not "stopped short of".
    fn is_cessation_verb(&self, index: usize) -> bool {
        let lemma = self.lemmas[index].as_str();
        let broke_off = lemma == "break" && self.particles(index).iter().any(|p| p == "off");
        let short = self
            .children(index)
            .iter()
            .any(|&child| self.lemmas[child] == "short");
        self.words[index].upos == "VERB"
            && (CESSATION_VERBS.contains(&lemma) || broke_off)
            && !short
    }

    fn is_passive(&self, index: usize) -> bool {
        self.children(index)
            .iter()
            .any(|&child| matches!(self.words[child].deprel, "nsubj:pass" | "aux:pass"))
            || self.is_passive_participle(index)
                && self.words[index].deprel == "acl"
                && !self.acl_is_main_verb(index)
            || self.is_agentive_participle_clause(index)
    }

    /// "…, backed by Iranian allies": a past participle hung on a clause with its agent.
    fn is_agentive_participle_clause(&self, index: usize) -> bool {
        self.is_passive_participle(index)
            && self.words[index].deprel == "advcl"
            && !self.children_with(index, "obl:agent").is_empty()
    }

    /// A participle `acl` that is really the sentence's main verb, mis-tagged: it has a direct
    /// object (passive participles do not), or it modifies a nominal root with no other verb.
    fn acl_is_main_verb(&self, index: usize) -> bool {
        // "Kurdish militias backed by the coalition": a participle with an agent is passive.
        if self.words[index].deprel != "acl" || !self.children_with(index, "obl:agent").is_empty() {
            return false;
        }
        let has_object = self
            .children(index)
            .iter()
            .any(|&child| self.words[child].deprel == "obj");
        // "Students protested in Belgrade." and "Thousands of students protested …" parsed as
        // a noun phrase: the participle hangs off the root or a phrase inside it.
        let mut phrase = self.parent(index);
        let mut steps = 0;
        while let Some(noun) = phrase.filter(|&noun| self.words[noun].deprel == "nmod") {
            phrase = self.parent(noun);
            steps += 1;
            if steps > 3 {
                break;
            }
        }
        let under_nominal_root = phrase.is_some_and(|parent| {
            self.words[parent].deprel == "root"
                && matches!(self.words[parent].upos, "NOUN" | "PROPN")
        });
        // "Thousands of Kurds demonstrated in Kirkuk, witnesses said" parsed with both
        // "Thousands" and "witnesses" as subjects of "said": a verb has one subject, so the
        // participle is the first clause's own verb.
        let under_second_subject = phrase.is_some_and(|noun| {
            self.words[noun].deprel == "nsubj"
                && self.parent(noun).is_some_and(|verb| {
                    self.children_with(verb, "nsubj")
                        .iter()
                        .any(|&other| other != noun && other > index)
                })
        });
        has_object || under_nominal_root || under_second_subject
    }

    fn is_passive_participle(&self, index: usize) -> bool {
        let word = &self.words[index];
        word.feats.contains("VerbForm=Part") && word.feats.contains("Tense=Past")
    }

    fn is_negated(&self, index: usize) -> bool {
        self.children(index).iter().any(|&child| {
            let word = &self.words[child];
            let lemma = word.lemma.to_lowercase();
            let form = word.form.to_lowercase();
            (matches!(word.deprel, "advmod" | "neg" | "det")
                && (NEGATORS.contains(&lemma.as_str()) || NEGATORS.contains(&form.as_str())))
                || (word.deprel == "case" && lemma == "without")
                // "would no longer demand", "hardly ever met".
                || (word.deprel == "advmod"
                    && (matches!(lemma.as_str(), "hardly" | "barely" | "scarcely")
                        || form == "longer"
                            && self
                                .children(child)
                                .iter()
                                .any(|&inner| self.lemma(inner) == "no")))
        }) || self.mark_of(index).as_deref() == Some("without")
            // "pleaded not guilty": a negated secondary predicate.
            || self.children(index).iter().any(|&child| {
                self.words[child].deprel == "xcomp"
                    && matches!(self.words[child].upos, "ADJ" | "NOUN")
                    && self.children(child).iter().any(|&inner| {
                        self.words[inner].deprel == "advmod"
                            && NEGATORS.contains(&self.lemma(inner).as_str())
                    })
            })
            || self.children_with(index, "obj").iter().any(|&object| {
                self.children(object).iter().any(|&inner| {
                    self.words[inner].deprel == "det" && matches!(self.lemma(inner).as_str(), "no")
                })
            })
    }

    /// "must", "should", "have to", "ought to" on `index`.
    /// The nominal behind "for" that is the subject of an infinitive clause `clause` of
    /// `governor`: "waiting for other powers to back", "called for the US to withdraw" (UD
    /// makes it the clause's subject; the parser often hangs it on the governor).
    fn for_subject(&self, governor: usize, clause: usize) -> Option<usize> {
        let own = self.children(clause).iter().copied().find(|&child| {
            self.words[child].deprel.starts_with("nsubj")
                && child < clause
                && self.mark_of(child).as_deref() == Some("for")
        });
        own.or_else(|| {
            self.children(governor).iter().copied().find(|&child| {
                self.words[child].deprel == "obl"
                    && governor < child
                    && child < clause
                    && self.case_of(child).as_deref() == Some("for")
                    && !self.is_time(child)
                    && !(child + 1..clause).any(|word| self.parent(word) == Some(governor))
            })
        })
    }

    fn has_obligation(&self, index: usize) -> bool {
        self.children(index).iter().any(|&child| {
            let word = &self.words[child];
            word.deprel == "aux"
                && matches!(self.lemma(child).as_str(), "must" | "should" | "ought")
        }) || self.words[index].deprel == "xcomp"
            && self.parent(index).is_some_and(|parent| {
                self.lemma(parent) == "have" && self.mark_of(index).as_deref() == Some("to")
            })
            || self.is_subjunctive_demand(index)
    }

    /// "insisted that the United States release the prisoners": a bare verb (no auxiliary,
    /// no "to") in the "that" clause of a verb of insisting states what must be done, as
    /// "must" would.
    fn is_subjunctive_demand(&self, index: usize) -> bool {
        self.words[index].deprel == "ccomp"
            && self.words[index].feats.contains("VerbForm=Inf")
            && self.mark_of(index).as_deref() != Some("to")
            && !self
                .children(index)
                .iter()
                .any(|&child| self.words[child].deprel.starts_with("aux"))
            && self.parent(index).is_some_and(|parent| {
                matches!(
                    self.lemma(parent).as_str(),
                    "insist"
                        | "urge"
                        | "ask"
                        | "request"
                        | "require"
                        | "recommend"
                        | "propose"
                        | "demand"
                        | "stipulate"
                        | "order"
                )
            })
    }

    /// A modal or future auxiliary on `index`.
    fn has_modal(&self, index: usize, cues: &CueIndex) -> bool {
        // "would use diplomacy and work to expel …": an auxiliary of the first conjunct
        // covers a second one that has no subject or auxiliary of its own.
        let shares_first = self.words[index].deprel == "conj"
            && !self
                .children(index)
                .iter()
                .any(|&child| matches!(self.words[child].deprel, "nsubj" | "nsubj:pass" | "aux"));
        if shares_first {
            if let Some(first) = self
                .parent(index)
                .filter(|&parent| self.words[parent].upos == "VERB" && parent < index)
            {
                if self.has_modal(first, cues) {
                    return true;
                }
            }
        }
        self.children(index).iter().any(|&child| {
            let word = &self.words[child];
            if word.deprel != "aux" && word.deprel != "advmod" {
                return false;
            }
            let lemma = word.lemma.to_lowercase();
            let form = word.form.to_lowercase();
            if word.deprel == "aux"
                && (FUTURE_AUXILIARIES.contains(&lemma.as_str())
                    || FUTURE_AUXILIARIES.contains(&form.as_str()))
            {
                return true;
            }
            cues.kinds(&lemma, &[]).contains(&CueKind::Modality)
                || cues.kinds(&form, &[]).contains(&CueKind::Modality)
        })
    }

    /// "can" or "could" on `index`.
    fn has_ability_modal(&self, index: usize) -> bool {
        self.children(index).iter().any(|&child| {
            self.words[child].deprel == "aux"
                && matches!(self.lemma(child).as_str(), "can" | "could")
        })
    }

    fn lemma_is_cue(&self, index: usize, cues: &CueIndex, kind: CueKind) -> bool {
        let particles = self.particles(index);
        let particle_refs: Vec<&str> = particles.iter().map(String::as_str).collect();
        cues.kinds(&self.lemma(index), &particle_refs)
            .contains(&kind)
    }

    /// A verb in the simple present with an adverb of habit: "always complain", "usually
    /// backs".
    fn is_habitual(&self, index: usize) -> bool {
        // The simple present, or "will" of habit ("they will often inform us").
        let present = (self.words[index].feats.contains("Tense=Pres")
            || self
                .children(index)
                .iter()
                .any(|&child| self.lemma(child) == "will"))
            && !self.children(index).iter().any(|&child| {
                self.words[child].deprel.starts_with("aux")
                    && !matches!(self.lemma(child).as_str(), "do" | "will")
            });
        present
            && self.children(index).iter().any(|&child| {
                self.words[child].deprel == "advmod"
                    && HABIT_ADVERBS.contains(&self.lemma(child).as_str())
            })
    }

    fn has_hypothetical_mark(&self, index: usize, cues: &CueIndex) -> bool {
        // "When America retreats, chaos follows": a "when" clause in the present is a general
        // rule, not a report ("when Russia invaded" is).
        let present = self.words[index].feats.contains("Tense=Pres")
            && !self.children(index).iter().any(|&child| {
                self.words[child].deprel.starts_with("aux") && self.lemma(child) != "do"
            });
        self.children(index).iter().any(|&child| {
            let word = &self.words[child];
            let lemma = word.lemma.to_lowercase();
            matches!(word.deprel, "mark" | "advmod")
                && (cues.kinds(&lemma, &[]).contains(&CueKind::Hypothetical)
                    || present && matches!(lemma.as_str(), "when" | "whenever"))
        })
    }

    /// True when `index` or a clause above it is conditioned ("if Russia invades, the West
    /// would …") or set in fiction ("in the novel", "in the film").
    /// Conditions at or below a threat word (`is_threat`) belong to the threat ("threatened to
    /// walk out if …") and do not make it unreal.
    fn in_unreal_frame(&self, index: usize, is_threat: &dyn Fn(usize) -> bool) -> bool {
        let mut path = Vec::new();
        let mut current = Some(index);
        while let Some(node) = current {
            if path.len() > 40 || path.contains(&node) {
                break;
            }
            path.push(node);
            current = self.parent(node);
        }
        let threat_at = path.iter().position(|&node| is_threat(node));
        for (position, &node) in path.iter().enumerate() {
            let conditions_count = threat_at.is_none_or(|threat| position > threat);
            for &child in self.children(node) {
                let word = &self.words[child];
                if conditions_count
                    && word.deprel == "advcl"
                    && self
                        .mark_of(child)
                        .is_some_and(|mark| matches!(mark.as_str(), "if" | "unless"))
                {
                    return true;
                }
                if matches!(word.deprel, "obl" | "nmod")
                    && FICTION_FRAMES.contains(&self.lemma(child).as_str())
                    && self.case_of(child).as_deref() == Some("in")
                {
                    return true;
                }
            }
        }
        false
    }

    fn subject_is_pronoun(&self, index: usize) -> bool {
        self.children(index).iter().any(|&child| {
            let word = &self.words[child];
            word.deprel == "nsubj"
                && word.upos == "PRON"
                && SPEAKER_PRONOUNS.contains(&word.lemma.to_lowercase().as_str())
        })
    }

    fn objects_of(&self, index: usize) -> Vec<usize> {
        self.children(index)
            .iter()
            .copied()
            .filter(|&child| {
                matches!(self.words[child].deprel, "obj" | "iobj") || self.is_counted_object(child)
            })
            .collect()
    }

    /// "kidnapped up to 16 Russian advisers" parsed with "up" as the noun's preposition and
    /// "to" on the number: a count, not a preposition; the noun is the object.
    fn is_counted_object(&self, index: usize) -> bool {
        self.words[index].deprel == "obl"
            && self.case_of(index).as_deref() == Some("up")
            && self.children(index).iter().any(|&number| {
                self.words[number].deprel == "nummod"
                    && self
                        .children(number)
                        .iter()
                        .any(|&to| self.lemma(to) == "to")
            })
    }

    /// A sports score ("beat Japan 2-1", "a 3-0 win"): the sentence reports a match.
    fn has_score(&self) -> bool {
        let is_number = |word: &str| {
            !word.is_empty() && word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit())
        };
        self.words.iter().enumerate().any(|(index, word)| {
            let joined = word
                .form
                .split_once('-')
                .is_some_and(|(left, right)| is_number(left) && is_number(right));
            let split = is_number(word.form)
                && self
                    .words
                    .get(index + 1)
                    .is_some_and(|dash| matches!(dash.form, "-" | "–"))
                && self
                    .words
                    .get(index + 2)
                    .is_some_and(|right| is_number(right.form));
            joined || split
        })
    }

    fn is_question(&self) -> bool {
        self.words.last().is_some_and(|word| word.form == "?")
    }

    /// True when the lemmas of `head` (an event noun's words) stand contiguously around `index`.
    fn has_compound_at(&self, index: usize, head: &[String]) -> bool {
        if head.len() <= 1 {
            return true;
        }
        let lemma = self.lemma(index);
        head.iter().enumerate().any(|(position, word)| {
            if *word != lemma || position > index {
                return false;
            }
            let start = index - position;
            // Every word of the compound is nominal: "students protested" is no "student
            // protest".
            head.iter().enumerate().all(|(offset, expected)| {
                self.words.get(start + offset).is_some_and(|word| {
                    (word.lemma.eq_ignore_ascii_case(expected)
                        || word.form.eq_ignore_ascii_case(expected))
                        && !matches!(word.upos, "VERB" | "AUX")
                })
            })
        })
    }

    fn resolution_at(&self, index: usize) -> Option<usize> {
        self.resolution_of_word.get(index).copied().flatten()
    }

    fn actor_from_resolution(&self, number: usize) -> Option<Actor> {
        let resolution = self.resolutions.get(number)?;
        let country = resolution.code.clone()?;
        Some(Actor {
            start: resolution.start,
            end: resolution.end,
            code: if resolution.cameo.is_empty() {
                country.clone()
            } else {
                resolution.cameo.clone()
            },
            country,
            sector: resolution.sectors.first().cloned(),
            antecedent: None,
            implied: false,
        })
    }

    /// The actor of the noun phrase headed by `index` (see the design note, step 3).
    /// The actor named before "-led" on noun `index` ("US-led coalition"), unless the noun
    /// names an actor itself ("the Kurdish-led Syrian Democratic Forces" are the SDF).
    fn leader_of(&self, index: usize) -> Option<Actor> {
        if self
            .resolution_at(index)
            .and_then(|number| self.actor_from_resolution(number))
            .is_some()
        {
            return None;
        }
        self.children(index)
            .iter()
            .copied()
            .filter(|&child| {
                self.words[child].deprel == "amod"
                    && self.lemma(child) == "lead"
                    && self.words[child].form == "led"
            })
            .find_map(|led| {
                self.children(led).iter().find_map(|&inner| {
                    let relation = self.words[inner].deprel;
                    (matches!(relation, "compound" | "amod" | "nmod:poss")
                        || relation.starts_with("obl"))
                    .then(|| self.resolution_at(inner))
                    .flatten()
                    .and_then(|number| self.actor_from_resolution(number))
                })
            })
    }

    /// The noun a modifier of allegiance points to: "loyal to X", "linked to X", "affiliated
    /// with X", "allied with X", "belonging to X".
    fn allegiance_of(&self, modifier: usize) -> Option<usize> {
        let relation = self.words[modifier].deprel;
        let lemma = self.lemma(modifier);
        let allegiance = match relation {
            "amod" => ALLEGIANCE_WORDS.contains(&lemma.as_str()),
            "acl" => {
                ALLEGIANCE_WORDS.contains(&lemma.as_str()) && self.words[modifier].upos == "VERB"
            }
            _ => false,
        };
        if !allegiance {
            return None;
        }
        self.children(modifier).iter().copied().find(|&inner| {
            self.words[inner].deprel.starts_with("obl")
                && matches!(self.case_of(inner).as_deref(), Some("to" | "with"))
        })
    }

    /// The state a participle of flight leaves: "fleeing Syria", "fleeing the war in Liberia",
    /// "escaping violence in Afghanistan", "fleeing from Venezuela". Only a state or territory
    /// named directly or by the place of what is fled.
    fn fled_state(&self, modifier: usize) -> Option<Actor> {
        if self.words[modifier].deprel != "acl"
            || !matches!(self.lemma(modifier).as_str(), "flee" | "escape")
        {
            return None;
        }
        let mut places = Vec::new();
        for &inner in self.children(modifier) {
            let relation = self.words[inner].deprel;
            let case = self.case_of(inner);
            if relation == "obj"
                || (relation == "obl" && matches!(case.as_deref(), Some("from" | "in")))
            {
                places.push(inner);
                places.extend(self.children(inner).iter().copied().filter(|&nested| {
                    self.words[nested].deprel == "nmod"
                        && matches!(self.case_of(nested).as_deref(), Some("in" | "from"))
                }));
            }
        }
        places.into_iter().find_map(|place| {
            let actor = self
                .resolution_at(place)
                .and_then(|number| self.actor_from_resolution(number))?;
            (actor.code == actor.country).then_some(actor)
        })
    }

    /// Whether word `index` names a backer before "-backed", "-funded" and the like, itself
    /// or as a conjunct of one ("a Russian and Iranian-backed assault").
    fn is_backer_word(&self, index: usize) -> bool {
        let backs = |word: usize| {
            self.words
                .get(word + 1)
                .is_some_and(|dash| dash.form == "-")
                && self
                    .words
                    .get(word + 2)
                    .is_some_and(|_| BACKING_WORDS.contains(&self.lemma(word + 2).as_str()))
        };
        if backs(index) {
            return true;
        }
        let mut word = index + 1;
        let mut joined = false;
        while word < self.words.len().min(index + 6) {
            match (self.words[word].upos, self.words[word].form) {
                ("CCONJ", _) | ("PUNCT", ",") => joined = true,
                ("ADJ" | "PROPN", _) if joined => {
                    if backs(word) {
                        return true;
                    }
                }
                _ => return false,
            }
            word += 1;
        }
        false
    }

    fn actor_of_phrase(&self, index: usize) -> Option<Actor> {
        self.actor_of_phrase_within(index, 0)
    }

    fn actor_of_phrase_within(&self, index: usize, depth: usize) -> Option<Actor> {
        let word = self.words.get(index)?;
        // "US-led coalition", "Vietnamese-led forces": the leader's actor, before any
        // antecedent document reading found for the head. Not "Iranian-backed militias", which
        // are not Iran's own.
        if let Some(leader) = self.leader_of(index) {
            return Some(leader);
        }
        // "Turkish-backed rebels" parsed with "Turkish" as a phrase of its own: a backer's
        // word is never the actor.
        if self.is_backer_word(index) {
            return None;
        }
        if let Some(found) = self
            .resolved_at(index)
            .and_then(|mention| mention.actors.first())
        {
            // "its foreign ministry": the possessive's antecedent gives the country.
            return Some(Actor {
                start: index,
                end: index + 1,
                code: found.code.clone(),
                country: found.country.clone(),
                sector: found.sector.clone(),
                antecedent: Some(found.antecedent.clone()),
                implied: false,
            });
        }
        if word.upos == "PRON" || word.upos == "VERB" || depth > 4 {
            return None;
        }
        // An agent word without a country ("officials", "King", "rebels") takes the country of
        // a modifier: "officials of Iran", "Iran's officials", "rebels in Chad", "British
        // Defence Secretary Tom King".
        let mut agent: Option<(usize, usize, String)> = None;
        if let Some(number) = self.resolution_at(index) {
            if let Some(actor) = self.actor_from_resolution(number) {
                return Some(actor);
            }
            let resolution = &self.resolutions[number];
            match resolution.sectors.first() {
                Some(sector) => agent = Some((resolution.start, resolution.end, sector.clone())),
                None => return None,
            }
        }
        let mut best: Option<Actor> = None;
        // Whether `best` came from a possessive pronoun ("his Iranian counterpart": the
        // adjective names the counterpart's country, "his" only the speaker's), or from a place
        // the agent is in ("protesters in Tehran" are protesters, not the government the
        // capital stands for).
        let mut best_from_pronoun = false;
        let mut best_from_place = false;
        for &child in self.children(index) {
            let relation = self.words[child].deprel;
            let base = relation.split(':').next().unwrap_or(relation);
            // "forces loyal to President Assad", "militants linked to al-Qaeda", "workers
            // affiliated with the union": an agent word takes the country of whom it serves,
            // keeping its own sector (Assad's forces are SYRMIL, not SYRGOV).
            if agent.is_some() && best.is_none() {
                if let Some(served) = self.allegiance_of(child) {
                    best = self.actor_of_phrase_within(served, depth + 1);
                    best_from_place = best.is_some();
                    if best.is_some() {
                        continue;
                    }
                }
                // "refugees fleeing Syria", "migrants fleeing violence in Afghanistan": people
                // of the state they flee, keeping their own sector.
                if let Some(fled) = self.fled_state(child) {
                    best = Some(fled);
                    best_from_place = true;
                    continue;
                }
            }
            if !NOUN_PHRASE_RELATIONS.contains(&relation) && base != "nmod" {
                continue;
            }
            let mut place = false;
            if base == "nmod" && relation != "nmod:poss" {
                let case = self.case_of(child);
                let allowed = match case.as_deref() {
                    // "officials of Iran", "leaders of the Syrian opposition"; not a thing
                    // a country's adjective modifies: "guarantors of the Syrian peace
                    // process" are not Syria's (checked below).
                    Some("of") => true,
                    Some("in" | "from" | "throughout" | "across") => agent.is_some(),
                    None => relation == "nmod:desc",
                    _ => false,
                };
                if !allowed {
                    continue;
                }
                place = matches!(
                    case.as_deref(),
                    Some("in" | "from" | "throughout" | "across")
                );
            }
            // "our partners", "Israel's allies", "the neighbours of Syria": the other party of
            // a relation is not the one it is related to.
            let relational = RELATIONAL_NOUNS.contains(&self.lemma(index).as_str());
            if relational
                && (relation == "nmod:poss" || self.case_of(child).as_deref() == Some("of"))
            {
                continue;
            }
            let pronoun = relation == "nmod:poss" && self.words[child].upos == "PRON";
            // "US-backed fighters", "Iranian-funded militias": the backer is not the head's
            // country.
            if self.is_backer_word(child) {
                continue;
            }
            let candidate = self
                .resolution_at(child)
                .and_then(|number| self.actor_from_resolution(number))
                .or_else(|| {
                    if matches!(base, "appos" | "flat" | "nmod" | "compound") {
                        self.actor_of_phrase_within(child, depth + 1)
                    } else {
                        None
                    }
                });
            // "guarantors of the Syrian peace process", "the use of the Russian language": a
            // thing a country's adjective modifies gives no actor to whoever it is "of".
            let candidate = candidate.filter(|found| {
                let through_thing = base == "nmod"
                    && self.case_of(child).as_deref() == Some("of")
                    && self.words[child].upos == "NOUN"
                    && self.resolution_at(child).is_none()
                    && !self.is_count_noun(child)
                    && self.parent(found.start) == Some(child)
                    && matches!(self.words[found.start].deprel, "amod" | "compound");
                !through_thing
            });
            if let Some(candidate) = candidate {
                let longer = best
                    .as_ref()
                    .is_none_or(|known| candidate.end - candidate.start > known.end - known.start);
                let over_pronoun = best_from_pronoun && !pronoun;
                let keep_known = !pronoun || best.is_none();
                if (longer && keep_known) || over_pronoun {
                    best = Some(candidate);
                    best_from_pronoun = pronoun;
                    best_from_place = place;
                }
            }
        }
        let found = best?;
        Some(match agent {
            Some((start, end, sector)) if found.sector.is_none() || best_from_place => Actor {
                start: start.min(found.start),
                end: end.max(found.end),
                code: format!("{}{}", found.country, sector),
                country: found.country,
                sector: Some(sector),
                antecedent: found.antecedent,
                implied: false,
            },
            Some((start, end, _)) => Actor {
                start: start.min(found.start),
                end: end.max(found.end),
                ..found
            },
            None => found,
        })
    }

    fn event_actor(&self, actor: &Actor) -> EventActor {
        let start = self
            .words
            .get(actor.start)
            .map(|word| word.span.start)
            .unwrap_or(0);
        let end = self
            .words
            .get(actor.end.saturating_sub(1))
            .map(|word| word.span.end)
            .unwrap_or(start)
            .max(start);
        EventActor {
            text: self.text.get(start..end).unwrap_or("").to_string(),
            span: Span::new(start, end),
            code: actor.code.clone(),
            country: actor.country.clone(),
            sector: actor.sector.clone(),
            antecedent: actor.antecedent.clone(),
        }
    }

    /// The resolved mention headed by word `index`, if document reading gave one.
    fn resolved_at(&self, index: usize) -> Option<&'s ResolvedMention> {
        self.resolved_of_word.get(index).copied().flatten()
    }
}

/// The words naming the doer of the act that `object` (or its nominal modifier) describes:
/// the agent of a passive participle on it ("crimes committed by Croat forces").
fn described_doer_heads(sentence: &Sentence<'_, '_>, object: usize) -> Vec<usize> {
    let nouns = std::iter::once(object).chain(
        sentence
            .children(object)
            .iter()
            .copied()
            .filter(|&child| sentence.words[child].deprel == "nmod"),
    );
    nouns
        .flat_map(|noun| sentence.children(noun).to_vec())
        .filter(|&clause| {
            sentence.words[clause].deprel == "acl" && sentence.is_passive_participle(clause)
        })
        .flat_map(|clause| sentence.children(clause).to_vec())
        .filter(|&child| {
            sentence.words[child].deprel == "obl:agent"
                || sentence.words[child].deprel == "obl"
                    && sentence.case_of(child).as_deref() == Some("by")
        })
        .collect()
}
