//! A phone with the privacyIDEA Authenticator, played by the test: it
//! registers a push token (its own RSA key pair, the `/ttype/push`
//! enrollment step), polls for challenges and answers them, each request
//! signed as privacyIDEA's push token documents (PKCS#1 v1.5, SHA-256,
//! base32 signatures).

use std::time::SystemTime;

use base64::Engine;
use rsa::RsaPrivateKey;
use rsa::pkcs1v15::SigningKey;
use rsa::pkcs8::EncodePublicKey;
use rsa::sha2::Sha256;
use rsa::signature::{SignatureEncoding, Signer};
use url::Url;

/// A challenge the phone received.
#[derive(Debug, Clone)]
pub struct Challenge {
    /// The server's nonce, signed back in the answer.
    pub nonce: String,
    /// The numbers to choose from, with the presence check on.
    pub options: Vec<String>,
}

/// The phone and its registered push token.
pub struct TestPhone {
    key: SigningKey<Sha256>,
    serial: String,
    url: String,
    http: reqwest::Client,
}

fn sign(key: &SigningKey<Sha256>, data: &str) -> String {
    let signature = key.sign(data.as_bytes()).to_vec();
    base32::encode(base32::Alphabet::Rfc4648 { padding: true }, &signature)
}

impl TestPhone {
    /// Scans `uri` (`otpauth://pipush/…`) and registers with the server.
    pub async fn register(uri: &str) -> TestPhone {
        let parsed = Url::parse(uri).expect("pipush URI");
        assert_eq!(parsed.scheme(), "otpauth");
        let param = |name: &str| {
            parsed
                .query_pairs()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.into_owned())
                .unwrap_or_else(|| panic!("{name} in {uri}"))
        };
        let (url, serial, credential) = (
            param("url"),
            param("serial"),
            param("enrollment_credential"),
        );
        let private = RsaPrivateKey::new(&mut rand_core_06::OsRng, 2048).expect("RSA key");
        let public = private
            .to_public_key()
            .to_public_key_der()
            .expect("public key DER");
        let pubkey = base64::engine::general_purpose::STANDARD.encode(public.as_bytes());
        let http = reqwest::Client::new();
        let answer: serde_json::Value = http
            .post(&url)
            .form(&[
                ("enrollment_credential", credential.as_str()),
                ("serial", serial.as_str()),
                ("fbtoken", "no-firebase-poll-only"),
                ("pubkey", pubkey.as_str()),
            ])
            .send()
            .await
            .expect("register")
            .json()
            .await
            .expect("register answer");
        assert_eq!(answer["result"]["status"], true, "{answer:#}");
        TestPhone {
            key: SigningKey::new(private),
            serial,
            url,
            http,
        }
    }

    /// Asks the server for open challenges, as the app does in poll-only mode.
    pub async fn poll(&self) -> Vec<Challenge> {
        let timestamp = humantime::format_rfc3339(SystemTime::now()).to_string();
        let signature = sign(&self.key, &format!("{}|{timestamp}", self.serial));
        let answer: serde_json::Value = self
            .http
            .get(&self.url)
            .query(&[
                ("serial", self.serial.as_str()),
                ("timestamp", timestamp.as_str()),
                ("signature", signature.as_str()),
            ])
            .send()
            .await
            .expect("poll")
            .json()
            .await
            .expect("poll answer");
        assert_eq!(answer["result"]["status"], true, "{answer:#}");
        answer["result"]["value"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|c| Challenge {
                nonce: c["nonce"].as_str().expect("nonce").to_owned(),
                options: c["require_presence"]
                    .as_str()
                    .unwrap_or_default()
                    .split(',')
                    .filter(|o| !o.is_empty())
                    .map(str::to_owned)
                    .collect(),
            })
            .collect()
    }

    /// Polls until a challenge arrives.
    pub async fn wait_for_challenge(&self) -> Challenge {
        for _ in 0..50 {
            if let Some(c) = self.poll().await.into_iter().next() {
                return c;
            }
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        panic!("no challenge reached the phone");
    }

    /// Approves with `pick` (the presence answer), or declines.
    pub async fn answer(&self, challenge: &Challenge, pick: Option<&str>, decline: bool) {
        let mut data = format!("{}|{}", challenge.nonce, self.serial);
        if decline {
            data.push_str("|decline");
        }
        if let Some(pick) = pick {
            data.push('|');
            data.push_str(pick);
        }
        let signature = sign(&self.key, &data);
        let mut form = vec![
            ("nonce", challenge.nonce.as_str()),
            ("serial", self.serial.as_str()),
            ("signature", signature.as_str()),
        ];
        if decline {
            form.push(("decline", "1"));
        }
        if let Some(pick) = pick {
            form.push(("presence_answer", pick));
        }
        let answer: serde_json::Value = self
            .http
            .post(&self.url)
            .form(&form)
            .send()
            .await
            .expect("answer")
            .json()
            .await
            .expect("answer body");
        assert_eq!(answer["result"]["status"], true, "{answer:#}");
    }
}
