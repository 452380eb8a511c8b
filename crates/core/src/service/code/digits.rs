//! Decimal digits of every script (Unicode general category Nd), so a code
//! copied from a phone in full-width, Arabic-Indic or Devanagari digits reads
//! as the same six digits. `char::to_digit(10)` knows ASCII only.
//!
//! Unicode keeps every Nd digit in a run of ten, zero to nine, so a table of
//! the zeros is the whole of it (Unicode 16.0; checked in the tests against
//! the general-category table of the `regex` crate).

/// The first code point (the zero) of each run of ten decimal digits, sorted.
const ZEROS: [u32; 76] = [
    0x00030, // Digit Zero
    0x00660, // Arabic-Indic
    0x006F0, // Extended Arabic-Indic
    0x007C0, // Nko
    0x00966, // Devanagari
    0x009E6, // Bengali
    0x00A66, // Gurmukhi
    0x00AE6, // Gujarati
    0x00B66, // Oriya
    0x00BE6, // Tamil
    0x00C66, // Telugu
    0x00CE6, // Kannada
    0x00D66, // Malayalam
    0x00DE6, // Sinhala Lith
    0x00E50, // Thai
    0x00ED0, // Lao
    0x00F20, // Tibetan
    0x01040, // Myanmar
    0x01090, // Myanmar Shan
    0x017E0, // Khmer
    0x01810, // Mongolian
    0x01946, // Limbu
    0x019D0, // New Tai Lue
    0x01A80, // Tai Tham Hora
    0x01A90, // Tai Tham Tham
    0x01B50, // Balinese
    0x01BB0, // Sundanese
    0x01C40, // Lepcha
    0x01C50, // Ol Chiki
    0x0A620, // Vai
    0x0A8D0, // Saurashtra
    0x0A900, // Kayah Li
    0x0A9D0, // Javanese
    0x0A9F0, // Myanmar Tai Laing
    0x0AA50, // Cham
    0x0ABF0, // Meetei Mayek
    0x0FF10, // Fullwidth
    0x104A0, // Osmanya
    0x10D30, // Hanifi Rohingya
    0x10D40, // Garay
    0x11066, // Brahmi
    0x110F0, // Sora Sompeng
    0x11136, // Chakma
    0x111D0, // Sharada
    0x112F0, // Khudawadi
    0x11450, // Newa
    0x114D0, // Tirhuta
    0x11650, // Modi
    0x116C0, // Takri
    0x116D0, // Myanmar Pao
    0x116DA, // Myanmar Eastern Pwo Karen
    0x11730, // Ahom
    0x118E0, // Warang Citi
    0x11950, // Dives Akuru
    0x11BF0, // Sunuwar
    0x11C50, // Bhaiksuki
    0x11D50, // Masaram Gondi
    0x11DA0, // Gunjala Gondi
    0x11F50, // Kawi
    0x16130, // Gurung Khema
    0x16A60, // Mro
    0x16AC0, // Tangsa
    0x16B50, // Pahawh Hmong
    0x16D70, // Kirat Rai
    0x1CCF0, // Outlined
    0x1D7CE, // Mathematical Bold
    0x1D7D8, // Mathematical Double-Struck
    0x1D7E2, // Mathematical Sans-Serif
    0x1D7EC, // Mathematical Sans-Serif Bold
    0x1D7F6, // Mathematical Monospace
    0x1E140, // Nyiakeng Puachue Hmong
    0x1E2F0, // Wancho
    0x1E4F0, // Nag Mundari
    0x1E5F1, // Ol Onal
    0x1E950, // Adlam
    0x1FBF0, // Segmented
];

/// The value of `c` if it is a decimal digit in any script: '٣' → 3, '９' → 9.
pub(crate) fn decimal_value(c: char) -> Option<u8> {
    let c = u32::from(c);
    // The last zero at or below `c`; `c` is its digit if within ten of it.
    let at = ZEROS.partition_point(|zero| *zero <= c).checked_sub(1)?;
    let value = c - ZEROS[at];
    (value < 10).then_some(value as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zeros_are_sorted_runs_of_ten_that_do_not_overlap() {
        for pair in ZEROS.windows(2) {
            assert!(pair[0] + 10 <= pair[1], "{:X} {:X}", pair[0], pair[1]);
        }
    }

    #[test]
    fn digits_of_several_scripts() {
        for (c, value) in [
            ('0', 0),
            ('9', 9),
            ('٣', 3),
            ('۷', 7),
            ('५', 5),
            ('๙', 9),
            ('１', 1),
            ('\u{1D7D8}', 0),
            ('\u{1D7FF}', 9),
        ] {
            assert_eq!(decimal_value(c), Some(value), "{c:?}");
        }
        for c in [
            'a',
            '/',
            ':',
            '²',
            '½',
            'Ⅻ',
            '①',
            '\u{2F}',
            '\u{0}',
            char::MAX,
        ] {
            assert_eq!(decimal_value(c), None, "{c:?}");
        }
    }
}
