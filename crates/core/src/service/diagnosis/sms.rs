//! The SMS step's diagnosis, where the provider knows the codes it sent
//! (training): a code from an earlier text.

use std::collections::VecDeque;

use zeroize::Zeroizing;

use super::Diagnosis;
use crate::service::Code;

/// Texts kept: a person rarely asks for more than a few.
const KEPT: usize = 3;

/// The codes of texts sent before the newest one, zeroised when dropped.
#[derive(Default)]
pub struct SmsTexts {
    earlier: VecDeque<Zeroizing<String>>,
}

impl std::fmt::Debug for SmsTexts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmsTexts")
            .field("earlier", &self.earlier.len())
            .finish()
    }
}

impl SmsTexts {
    /// A newer text replaced the one with `code`.
    pub fn replaced(&mut self, code: Zeroizing<String>) {
        self.earlier.push_back(code);
        while self.earlier.len() > KEPT {
            self.earlier.pop_front();
        }
    }

    /// Why `code`, which is not the newest text's, was refused, if known.
    pub fn refused(&self, code: &Code) -> Option<Diagnosis> {
        self.earlier
            .iter()
            .any(|sent| sent.as_str() == code.as_str())
            .then_some(Diagnosis::EarlierText)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_from_one_of_the_last_texts_is_named() {
        let mut texts = SmsTexts::default();
        let code = |c: &str| Code::parse(c).unwrap();
        assert_eq!(texts.refused(&code("111111")), None);
        for sent in ["111111", "222222", "333333", "444444"] {
            texts.replaced(Zeroizing::new(sent.to_owned()));
        }
        assert_eq!(texts.refused(&code("444444")), Some(Diagnosis::EarlierText));
        assert_eq!(texts.refused(&code("222222")), Some(Diagnosis::EarlierText));
        assert_eq!(texts.refused(&code("111111")), None, "only the last few");
        assert_eq!(texts.refused(&code("555555")), None);
        assert!(!format!("{texts:?}").contains("444"));
    }
}
