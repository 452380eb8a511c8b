"""Captures real privacyIDEA answers as seeds for the property tests.

Run with the test virtualenv's python (created by the privacyIDEA tests):

    target/privacyidea-venv/bin/python tests/fuzz/capture.py

Starts tests/privacyidea/harness.py, walks every request the assistant makes
(sign-in, TOTP, push with a phone that registers and answers, SMS, test
sign-in, token list, delete) plus the failures the server produces on demand,
and writes each answer's body, byte for byte, to
tests/fuzz/seeds/<name>.<HTTP status>.json. The server is throwaway: its
JWTs and TOTP seeds open nothing.
"""

import base64
import hashlib
import hmac
import json
import os
import struct
import subprocess
import sys
import tempfile
import time
import urllib.parse
from datetime import datetime, timezone

import requests
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "seeds")
HARNESS = os.path.join(HERE, "..", "privacyidea", "harness.py")
REALM = "staff"


def record(name, response):
    path = os.path.join(SEEDS, f"{name}.{response.status_code}.json")
    with open(path, "wb") as f:
        f.write(response.content)
    print(f"{name}: HTTP {response.status_code}, {len(response.content)} bytes")
    return response.json()


def totp(secret_b32, at=None):
    key = base64.b32decode(secret_b32 + "=" * (-len(secret_b32) % 8))
    counter = int((at or time.time()) // 30)
    mac = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    value = struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def query(uri, name):
    return urllib.parse.parse_qs(urllib.parse.urlparse(uri).query)[name][0]


class Phone:
    """The privacyIDEA Authenticator app, as far as push goes."""

    def __init__(self, uri):
        self.serial = query(uri, "serial")
        self.url = query(uri, "url")
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        der = self.key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        answer = requests.post(self.url, data={
            "enrollment_credential": query(uri, "enrollment_credential"),
            "serial": self.serial, "fbtoken": "no-firebase-poll-only",
            "pubkey": base64.b64encode(der).decode()})
        assert answer.json()["result"]["status"], answer.text

    def sign(self, data):
        signature = self.key.sign(data.encode(), padding.PKCS1v15(), hashes.SHA256())
        return base64.b32encode(signature).decode()

    def approve(self):
        stamp = datetime.now(timezone.utc).isoformat()
        challenges = requests.get(self.url, params={
            "serial": self.serial, "timestamp": stamp,
            "signature": self.sign(f"{self.serial}|{stamp}")}).json()["result"]["value"]
        challenge = challenges[0]
        options = challenge["require_presence"].split(",")
        nonce = challenge["nonce"]
        return nonce, options

    def answer(self, nonce, pick):
        data = {"nonce": nonce, "serial": self.serial, "presence_answer": pick,
                "signature": self.sign(f"{nonce}|{self.serial}|{pick}")}
        assert requests.post(self.url, data=data).json()["result"]["value"]


def walk(url, capture):
    def auth(name, user, password, realm=REALM):
        return record(name, requests.post(f"{url}/auth", data={
            "username": user, "password": password, "realm": realm}))

    jwt = auth("auth-ok", "jan", "geheim-jan-1")["result"]["value"]["token"]
    auth("auth-wrong-password", "jan", "wrong")
    auth("auth-unknown-realm", "jan", "geheim-jan-1", "nowhere")
    auth("auth-locked", "kees", "geheim-kees-3")
    lies = auth("auth-short", "lies", "geheim-lies-4")["result"]["value"]["token"]
    me = {"Authorization": jwt}

    def init(name, form, headers=me):
        return record(name, requests.post(f"{url}/token/init", data=form, headers=headers))

    detail = init("init-totp", {"type": "totp", "genkey": "1"})["detail"]
    serial = detail["serial"]
    secret = query(detail["googleurl"]["value"], "secret")
    init("verify-wrong", {"type": "totp", "serial": serial, "verify": "000000"
                          if totp(secret) != "000000" else "111111"})
    code = totp(secret)
    init("verify-totp", {"type": "totp", "serial": serial, "verify": code})

    detail = init("init-push", {"type": "push", "genkey": "1"})["detail"]
    push = detail["serial"]
    record("rollout-clientwait", requests.get(f"{url}/token/", params={"serial": push},
                                              headers=me))
    phone = Phone(detail["pushurl"]["value"])
    record("rollout-enrolled", requests.get(f"{url}/token/", params={"serial": push},
                                            headers=me))
    check = lambda name, form: record(name, requests.post(f"{url}/validate/check", data=form))
    trigger = check("trigger-push", {"serial": push, "pass": ""})
    transaction = trigger["detail"]["transaction_id"]
    poll = lambda name: record(name, requests.get(
        f"{url}/validate/polltransaction", params={"transaction_id": transaction}))
    poll("poll-pending")
    nonce, _options = phone.approve()
    number = next(c["presence_answer"] for c in trigger["detail"]["multi_challenge"]
                  if "presence_answer" in c)
    phone.answer(nonce, number)
    poll("poll-accepted")
    record("poll-unknown", requests.get(f"{url}/validate/polltransaction",
                                        params={"transaction_id": "0" * 20}))

    detail = init("init-sms", {"type": "sms", "genkey": "1", "phone": "+31612345678"})["detail"]
    sms = detail["serial"]
    sent = [json.loads(line) for line in requests.get(capture).text.splitlines() if line]
    init("verify-sms", {"type": "sms", "serial": sms, "verify": sent[-1]["text"]})

    time.sleep(31)  # the next TOTP window: a code is accepted once
    check("check-accepted", {"user": "jan", "realm": REALM, "pass": totp(secret)})
    check("check-refused", {"user": "jan", "realm": REALM, "pass": "123456"})
    record("tokens", requests.get(f"{url}/token/", headers=me))

    piet = auth("auth-piet", "piet", "geheim-piet-2")["result"]["value"]["token"]
    init("init-push-forbidden", {"type": "push", "genkey": "1"}, {"Authorization": piet})
    spare = init("init-totp-spare", {"type": "totp", "genkey": "1"})["detail"]["serial"]
    record("delete", requests.delete(f"{url}/token/{spare}", headers=me))
    record("delete-gone", requests.delete(f"{url}/token/{spare}", headers=me))
    time.sleep(5)  # lies's jwt_validity is 4 s
    record("expired", requests.get(f"{url}/token/", headers={"Authorization": lies}))
    record("no-jwt", requests.get(f"{url}/token/"))


def main():
    os.makedirs(SEEDS, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        server = subprocess.Popen([sys.executable, HARNESS, folder], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True)
        try:
            ready, url, capture = server.stdout.readline().split()
            assert ready == "READY"
            walk(url, capture)
        finally:
            server.stdin.close()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
