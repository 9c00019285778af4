//! Splitting text into word, number, punctuation and quote-mark tokens.
//!
//! One pass over the text, no allocation per token. Whitespace is not a token:
//! each token records how many line breaks stood before it, which is all the
//! later stages need to see paragraphs.

use crate::span::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters, possibly with inner apostrophes, hyphens or dots ("it's", "U.S").
    Word,
    /// Digits, possibly with inner separators ("1,400", "4.75", "2023-12-08").
    Number,
    /// A possessive ending split off its word ("'s", "’s").
    Possessive,
    /// A quotation mark of any style; [`crate::quote`] decides its role.
    Quote,
    /// Any other non-space character.
    Punct,
}

/// One token of the text.
///
/// Twelve bytes: its offsets are kept as `u32` (an article has a token per
/// five bytes of text, and the tokens are the largest part of the memory
/// the engine uses), so the text must be shorter than 4 GiB.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// First byte of the token.
    start: u32,
    /// One past its last byte.
    end: u32,
    /// Word, number, quote mark, …
    pub kind: Kind,
    /// Line breaks between the previous token and this one (capped at 2).
    pub breaks: u8,
    /// Whether whitespace stands right before the token.
    pub space_before: bool,
    /// Whether the token starts with an upper-case letter.
    pub upper: bool,
}

impl Token {
    /// A token of `kind` over bytes `start..end`.
    ///
    /// # Panics
    ///
    /// Panics if `end` is 4 GiB or more.
    pub fn new(
        start: usize,
        end: usize,
        kind: Kind,
        breaks: u8,
        space_before: bool,
        upper: bool,
    ) -> Token {
        let offset = |n: usize| u32::try_from(n).expect("a text shorter than 4 GiB");
        Token {
            start: offset(start),
            end: offset(end),
            kind,
            breaks,
            space_before,
            upper,
        }
    }

    /// Bytes of the token.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    /// The token's text.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start as usize..self.end as usize]
    }
}

/// True for characters that continue a word: letters, digits, and combining
/// marks (so "Ó" written with a combining accent stays one word).
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if is_general_punctuation(c) {
        false
    } else {
        c.is_alphanumeric() || is_combining(c)
    }
}

/// The General Punctuation block (curly quotes, dashes, spaces, direction
/// marks), where news text's non-ASCII characters mostly come from: no
/// letter, digit, capital or combining mark is in it, so the Unicode tables
/// need not be asked.
#[inline]
fn is_general_punctuation(c: char) -> bool {
    matches!(c as u32, 0x2000..=0x206F)
}

/// `c.is_uppercase()`, answered without the Unicode tables for ASCII and
/// General Punctuation.
#[inline]
fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        !is_general_punctuation(c) && c.is_uppercase()
    }
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
        || matches!(c as u32, 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0900..=0x0903 | 0x093A..=0x094F)
}

/// True for every character used as a quotation mark (or apostrophe).
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '„'
            | '‟'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '＂'
    )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Splits `text` into tokens.
///
/// # Panics
///
/// Panics if `text` is 4 GiB or longer (see [`Token`]).
// Kept out of `Article::new`, its one caller: inlined there, its loop ran
// with fewer registers (1.2 M more instructions on a megabyte of news).
#[inline(never)]
pub fn tokenize(text: &str) -> Vec<Token> {
    assert!(
        u32::try_from(text.len()).is_ok(),
        "a text shorter than 4 GiB"
    );
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut breaks = 0u8;
    let mut space = false;
    while i < text.len() {
        let b = bytes[i];
        // Spaces between words, the most common character, first; then
        // words that start with an ASCII letter, the most common token,
        // without decoding a character.
        if b == b' ' {
            space = true;
            i += 1;
            continue;
        }
        if b.is_ascii_alphabetic() {
            let start = i;
            i = word_end(text, start, i + 1);
            out.push(Token {
                start: start as u32,
                end: i as u32,
                kind: Kind::Word,
                breaks,
                space_before: space,
                upper: b.is_ascii_uppercase(),
            });
            // Asked of the few words with a hyphen where a particle's ends.
            if i - start > 3 && (bytes[start + 2] == b'-' || bytes[start + 3] == b'-') {
                let t = out.last_mut().expect("pushed");
                t.upper |= particle_name(&bytes[start..i]);
            }
            breaks = 0;
            // A space after a word, the most common pair, taken in the same
            // turn of the loop (in wasm, each turn checks for interrupts).
            space = bytes.get(i) == Some(&b' ');
            i += usize::from(space);
            continue;
        }
        let c = char_at(text, i);
        let w = c.len_utf8();
        // Invisible format characters (zero-width spaces, direction marks) count as space.
        if c.is_whitespace()
            || matches!(c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0xFEFF)
        {
            if c == '\n' || c == '\u{2029}' {
                breaks = breaks.saturating_add(1).min(2);
            }
            space = true;
            i += w;
            continue;
        }
        let start = i;
        let kind;
        if c.is_ascii_digit() {
            i += 1;
            while i < text.len() {
                let b = bytes[i];
                if b.is_ascii_digit()
                    || (matches!(b, b',' | b'.' | b':' | b'-' | b'/')
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
                {
                    i += 1;
                } else {
                    break;
                }
            }
            // "2nd", "1990s", "9am": letters glued to digits stay in the token.
            while i < text.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            kind = Kind::Number;
        } else if is_word_char(c) {
            i = word_end(text, start, i + w);
            kind = Kind::Word;
        } else if is_apostrophe(c) && is_possessive_at(text, i) && i > 0 && !space {
            i += w + 1;
            kind = Kind::Possessive;
        } else if is_quote_char(c) {
            i += w;
            // Two apostrophes make one double quote mark (''like this'').
            // Three close a single quote inside a double one where they
            // follow a word ('old-school,''' said), the single mark first.
            let closes_three = !space && bytes.get(i..i + 2) == Some(b"''");
            if c == '\'' && bytes.get(i) == Some(&b'\'') && !closes_three {
                i += 1;
            }
            kind = Kind::Quote;
        } else {
            i += w;
            kind = Kind::Punct;
        }
        out.push(Token {
            start: start as u32,
            end: i as u32,
            kind,
            breaks,
            space_before: space,
            upper: is_upper(c),
        });
        breaks = 0;
        space = false;
    }
    out
}

/// "al-Assad", "ul-Hassan", "el-Sisi": a surname behind an Arabic article
/// or particle, written in lower case, is a capitalised word all the same.
#[cold]
fn particle_name(w: &[u8]) -> bool {
    let dash = match w {
        [_, _, b'-', ..] => 2,
        [_, _, _, b'-', ..] => 3,
        _ => return false,
    };
    matches!(
        &w[..dash],
        b"al" | b"el" | b"ul" | b"ud" | b"ad" | b"ash" | b"as" | b"an" | b"ar" | b"az" | b"at"
    ) && w.get(dash + 1).is_some_and(u8::is_ascii_uppercase)
}

/// The end of the word that starts at byte `start` and goes on at least to
/// byte `i`.
#[inline]
fn word_end(text: &str, start: usize, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        // ASCII letters and digits, the bulk of every word.
        i = alnum_run_end(bytes, i);
        // Any other ASCII byte but a joiner ends the word: the common case,
        // decided without the slow path.
        match bytes.get(i) {
            Some(&b) if b >= 0x80 || matches!(b, b'\'' | b'-' | b'.' | b'&') => {
                match word_goes_on(text, start, i) {
                    Some(j) => i = j,
                    None => return i,
                }
            }
            _ => return i,
        }
    }
}

/// Every byte's high bit, eight bytes at a time.
const HIGH: u64 = 0x8080_8080_8080_8080;
/// Every byte 1, to spread a byte over eight.
const ONES: u64 = 0x0101_0101_0101_0101;

/// Where the run of ASCII letters and digits from byte `i` ends: eight bytes
/// at a time, since most words end within eight bytes; this runs for every
/// word of the text.
#[inline]
fn alnum_run_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let other = !alnum_bytes(u64::from_le_bytes(w)) & HIGH;
        if other != 0 {
            // Little-endian: the first byte is the lowest.
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    i
}

/// The high bit of each byte of `w` that is an ASCII letter or digit.
#[inline]
fn alnum_bytes(w: u64) -> u64 {
    // Seven bits of each byte: adding less than 0x80 to them never carries
    // into the next byte, and a sum's high bit says "at least" a bound.
    let x = w & !HIGH;
    let at_least = |v: u64, bound: u64| v + ONES * (0x80 - bound);
    let digit = at_least(x, 0x30) & !at_least(x, 0x3a);
    // Upper case folded onto lower case: only letters land in 'a'..='z'.
    let l = x | (ONES * 0x20);
    let letter = at_least(l, 0x61) & !at_least(l, 0x7b);
    // Bytes of 0x80 and above (non-ASCII) are neither.
    (digit | letter) & !w & HIGH
}

/// Where the word that starts at `start` goes on after byte `i`, which is
/// not an ASCII letter or digit: past a non-ASCII letter, or past an inner
/// apostrophe, hyphen or dot followed by a letter ("it's",
/// "Hallwyl-Steen", "U.S"); `None` when it ends at `i`.
#[inline(never)]
fn word_goes_on(text: &str, start: usize, i: usize) -> Option<usize> {
    let d = char_at(text, i);
    if !d.is_ascii() && is_word_char(d) {
        return Some(i + d.len_utf8());
    }
    if matches!(d, '\'' | '’' | '-' | '‑' | '.' | '&') {
        let j = i + d.len_utf8();
        if j < text.len() && is_word_char(next_char(text, j)) {
            // A possessive "'s" at the end of the word is split off below.
            if is_apostrophe(d)
                && is_possessive_at(text, i)
                && !is_contraction_base(&text[start..i])
            {
                return None;
            }
            // "U.S." keeps inner dots only for single-letter parts.
            if d == '.'
                && !(i - start <= 2 && next_char(text, start).is_uppercase())
                && !text[start..i].contains('.')
            {
                return None;
            }
            return Some(j);
        }
    }
    None
}

/// Words whose "'s" is "is" or "has", not a possessive: "it's", "she's".
fn is_contraction_base(word: &str) -> bool {
    [
        "it", "he", "she", "that", "there", "here", "what", "who", "where", "let", "how", "when",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(word))
}

/// A pronoun with a verb written into it, split at the apostrophe:
/// "He’s" gives ("He", "s"), "they're" ("they", "re"). The token is one word
/// (the tokeniser splits off possessives only), so the pronoun is found here.
pub(crate) fn pronoun_contraction(word: &str) -> Option<(&str, &str)> {
    // Asked of every mention and of the words before many cues, nearly all
    // of them without an apostrophe ("’" ends in byte 0x99): turned away by
    // their bytes before a search for either mark.
    if word.len() > "they’re".len() || !word.bytes().any(|b| b == b'\'' || b == 0x99) {
        return None;
    }
    let (base, tail) = word.rsplit_once(['’', '\''])?;
    let pronoun = ["he", "she", "it", "that", "who", "they", "we", "you", "i"]
        .iter()
        .any(|p| base.eq_ignore_ascii_case(p));
    (pronoun && matches!(tail, "s" | "re" | "ve" | "d" | "ll" | "m")).then_some((base, tail))
}

/// An apostrophe at `i` followed by "s" and then a non-word character.
fn is_possessive_at(text: &str, i: usize) -> bool {
    let a = next_char(text, i).len_utf8();
    let rest = &text.as_bytes()[i + a..];
    matches!(rest.first(), Some(b's') | Some(b'S'))
        && rest.get(1).map_or(true, |&b| {
            !(b.is_ascii_alphanumeric() || b >= 0x80 && is_word_char(next_char(text, i + a + 1)))
        })
}

fn next_char(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or('\0')
}

/// The character at byte `i` (a char boundary before the end), without
/// decoding when it is ASCII.
#[inline]
fn char_at(text: &str, i: usize) -> char {
    match text.as_bytes()[i] {
        b @ 0..=0x7f => char::from(b),
        _ => next_char(text, i),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn words_numbers_and_marks() {
        assert_eq!(
            words("“It's 4.75%,” she said."),
            ["“", "It's", "4.75", "%", ",", "”", "she", "said", "."]
        );
        assert_eq!(
            words("the U.S. and Hallwyl-Steen"),
            ["the", "U.S", ".", "and", "Hallwyl-Steen"]
        );
        assert_eq!(
            words("1,400 jobs on 2023-12-08"),
            ["1,400", "jobs", "on", "2023-12-08"]
        );
    }

    #[test]
    fn a_surname_behind_a_particle_is_capitalised() {
        let text = "Mr ul-Hassan met al-Sayed and an ex-minister at al-fresco lunch";
        let upper: Vec<&str> = tokenize(text)
            .iter()
            .filter(|t| t.upper)
            .map(|t| t.text(text))
            .collect();
        assert_eq!(upper, ["Mr", "ul-Hassan", "al-Sayed"]);
    }

    #[test]
    fn possessives_split_off() {
        assert_eq!(words("Putin's forces"), ["Putin", "'s", "forces"]);
        assert_eq!(words("Echeverría’s agent"), ["Echeverría", "’s", "agent"]);
        assert_eq!(words("'sorry'"), ["'", "sorry", "'"]);
        assert_eq!(
            words("Bankers' Association"),
            ["Bankers", "'", "Association"]
        );
    }

    #[test]
    fn general_punctuation_has_no_word_characters_or_capitals() {
        for c in ('\u{2000}'..='\u{206F}').chain(['é', 'Ó', 'ß', '9', 'A', '\u{301}', '“']) {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric() || is_combining(c),
                "{c:?}"
            );
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
        }
    }

    #[test]
    fn alnum_runs_end_where_bytes_do() {
        // Every byte value at every place of an eight-byte chunk, and runs
        // that end past a chunk or at the text's end.
        for b in 0..=255u8 {
            for at in 0..10 {
                let mut bytes = vec![b'a'; 12];
                bytes[at] = b;
                let slow = (0..)
                    .find(|&j| j == bytes.len() || !bytes[j].is_ascii_alphanumeric())
                    .unwrap_or(0);
                assert_eq!(alnum_run_end(&bytes, 0), slow, "{b:#x} at {at}");
            }
        }
        assert_eq!(alnum_run_end(b"abc", 1), 3);
        assert_eq!(alnum_run_end(b"Zz09azAZ9", 0), 9);
    }

    #[test]
    fn breaks_are_counted() {
        let t = tokenize("a\n\n\nb\nc");
        assert_eq!(t.iter().map(|t| t.breaks).collect::<Vec<_>>(), [0, 2, 1]);
    }

    #[test]
    fn pronoun_contractions_split_at_the_apostrophe() {
        assert_eq!(pronoun_contraction("He’s"), Some(("He", "s")));
        assert_eq!(pronoun_contraction("they're"), Some(("they", "re")));
        assert_eq!(pronoun_contraction("I'd"), Some(("I", "d")));
        // A name's "'s" is split off by the tokeniser; nouns are no pronouns.
        assert_eq!(pronoun_contraction("Trump’s"), None);
        assert_eq!(pronoun_contraction("rock'n'roll"), None);
        assert_eq!(pronoun_contraction("he"), None);
    }
}
