//! Reading the assistant's screens and computing what a phone would: the
//! QR code (zbarimg), TOTP codes (oathtool), words and numbers (tesseract).

#![allow(dead_code)]

#[path = "tools.rs"]
mod tools;

use std::path::Path;
use std::process::{Command, Stdio};

/// The tools the window tests run, and their Debian packages
/// (`scripts/test` installs them).
const TOOLS: [(&str, &str); 7] = [
    ("Xvfb", "xvfb"),
    ("xdotool", "xdotool"),
    ("import", "imagemagick"),
    ("convert", "imagemagick"),
    ("zbarimg", "zbar-tools"),
    ("oathtool", "oathtool"),
    ("tesseract", "tesseract-ocr"),
];

/// Fails with the Debian packages to install when a tool is missing.
pub fn require_tools() {
    tools::require(&TOOLS);
}

/// The QR code in a screenshot, decoded by zbarimg.
pub fn zbar(path: &Path) -> Option<String> {
    let out = Command::new("zbarimg")
        .args(["-q", "--raw"])
        .arg(path)
        .output()
        .expect("run zbarimg");
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .find(|l| l.starts_with("otpauth://"))
        .map(str::to_owned)
}

/// The current code for a base32 secret, by oathtool; `at` for another time.
pub fn oathtool(secret: &str, at: Option<&str>) -> String {
    let mut cmd = Command::new("oathtool");
    cmd.args(["--totp", "-b", secret]);
    if let Some(at) = at {
        cmd.args(["-N", at]);
    }
    let out = cmd.output().expect("run oathtool");
    assert!(out.status.success(), "oathtool refused the secret");
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// A word tesseract read, with where it is and how tall.
pub struct Word {
    pub left: u32,
    pub height: u32,
    pub text: String,
}

/// Words read from a screenshot, scaled by `percent` and turned black and
/// white first: small text reads best at 200 %, large digits near their own
/// size.
pub fn ocr(path: &Path, percent: u32) -> Vec<Word> {
    let big = path.with_extension("ocr.png");
    let status = Command::new("convert")
        .arg(path)
        .args(["-colorspace", "Gray", "-resize", &format!("{percent}%")])
        .args(["-threshold", "50%"])
        .arg(&big)
        .status()
        .expect("run convert");
    assert!(status.success());
    let out = Command::new("tesseract")
        .arg(&big)
        .args(["-", "--psm", "11", "tsv"])
        .stderr(Stdio::null())
        .output()
        .expect("run tesseract");
    let _ = std::fs::remove_file(&big);
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(1)
        .filter_map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            let text = f.get(11)?.trim();
            if text.is_empty() {
                return None;
            }
            Some(Word {
                left: f[6].parse::<u32>().ok()? * 100 / percent,
                height: f[9].parse::<u32>().ok()? * 100 / percent,
                text: text.to_owned(),
            })
        })
        .collect()
}

pub fn digits(word: &str) -> String {
    word.chars().filter(char::is_ascii_digit).collect()
}

/// The number to match: the largest two-digit number left of the drawn
/// phone, read the same at two sizes.
pub fn match_number(path: &Path) -> Option<String> {
    let read = |percent| {
        ocr(path, percent)
            .into_iter()
            // The drawn phone's own small, ringed "02" may be read as a
            // taller "22".
            .filter(|w| w.left < 640 * percent / 100)
            .filter(|w| w.text.len() == 2 && digits(&w.text).len() == 2)
            .max_by_key(|w| w.height)
            .filter(|w| w.height > 30)
            .map(|w| w.text)
    };
    let number = read(100)?;
    (read(75)? == number).then_some(number)
}

/// The six-digit code in the SMS on the practice phone (right of the page).
pub fn sms_code(path: &Path) -> Option<String> {
    ocr(path, 200)
        .into_iter()
        .filter(|w| w.left > 640)
        .map(|w| digits(&w.text))
        .find(|d| d.len() == 6)
}

pub fn secret_of(uri: &str) -> String {
    let query = uri.split_once('?').expect("otpauth query").1;
    query
        .split('&')
        .find_map(|p| p.strip_prefix("secret="))
        .expect("secret in the URI")
        .to_owned()
}
