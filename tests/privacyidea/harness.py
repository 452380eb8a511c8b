"""A throwaway privacyIDEA server for the integration tests.

Run with the virtualenv's python (see tests/common/privacyidea.rs):

    python harness.py DIR [--tls]

Writes a config (SQLite, encryption key, audit keys) into DIR, creates a realm
"staff" with the users of a passwd file, the policies the assistant needs,
and an HTTP SMS gateway pointing at a capture server in this same process.
Then serves privacyIDEA on a free loopback port and prints one line:

    READY <privacyidea url> <capture url>

The capture server keeps every SMS: GET /sms returns them as JSON lines.
It stops when stdin closes (the test that started it has ended).

With --plain-tokens the enrollment sets no tokenlabel / tokenissuer: the
app then shows privacyIDEA's own defaults (issuer "privacyIDEA", the token
serial as the label). With --presence OPTIONS the push presence check uses
OPTIONS (privacyIDEA's ALPHABETIC, NUMERIC or CUSTOM) instead of NUMERIC.

With --tls it serves HTTPS with a certificate for 127.0.0.1 from a throwaway
CA, whose certificate it writes to DIR/ca.pem (an "internal CA").
"""

import json
import logging
import os
import secrets
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from passlib.hash import sha512_crypt

USERS = {"jan": "geheim-jan-1", "piet": "geheim-piet-2", "kees": "geheim-kees-3",
         "lies": "geheim-lies-4", "anna": "geheim-anna-5"}
ADMIN = ("admin", "admin-secret")
REALM = "staff"


def write_config(folder):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    with open(os.path.join(folder, "enckey"), "wb") as f:
        f.write(secrets.token_bytes(96))
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with open(os.path.join(folder, "private.pem"), "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM,
                                  serialization.PrivateFormat.TraditionalOpenSSL,
                                  serialization.NoEncryption()))
    with open(os.path.join(folder, "public.pem"), "wb") as f:
        f.write(key.public_key().public_bytes(serialization.Encoding.PEM,
                                              serialization.PublicFormat.SubjectPublicKeyInfo))
    with open(os.path.join(folder, "passwd"), "w") as f:
        for uid, (name, password) in enumerate(USERS.items(), start=1000):
            f.write(f"{name}:{sha512_crypt.hash(password)}:{uid}:{uid}:{name.title()},,,:/home/{name}:/bin/sh\n")
    cfg = os.path.join(folder, "pi.cfg")
    with open(cfg, "w") as f:
        f.write(f"""
SQLALCHEMY_DATABASE_URI = "sqlite:///{folder}/pi.sqlite"
SECRET_KEY = "{secrets.token_hex(16)}"
PI_PEPPER = "{secrets.token_hex(16)}"
PI_ENCFILE = "{folder}/enckey"
PI_AUDIT_KEY_PRIVATE = "{folder}/private.pem"
PI_AUDIT_KEY_PUBLIC = "{folder}/public.pem"
PI_UUID_FILE = "{folder}/uuid.txt"
PI_NODE = "testnode"
PI_LOGFILE = "{folder}/privacyidea.log"
PI_LOGLEVEL = 20
""")
    return cfg


class Capture(BaseHTTPRequestHandler):
    """The SMS gateway: keeps what privacyIDEA sends."""

    messages = []
    lock = threading.Lock()

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with Capture.lock:
            Capture.messages.append(json.loads(body))
        self._reply("OK-SENT")

    def do_GET(self):
        with Capture.lock:
            lines = "\n".join(json.dumps(m) for m in Capture.messages)
        self._reply(lines)

    def _reply(self, text):
        data = text.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def make_tls(folder):
    """A CA and a server certificate for 127.0.0.1; returns (cert, key) paths."""
    import datetime
    import ipaddress
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test internal CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - datetime.timedelta(minutes=5))
          .not_valid_after(now + datetime.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False,
                                       data_encipherment=False, key_agreement=False,
                                       encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]),
                critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = {name: os.path.join(folder, name) for name in ("ca.pem", "server.pem", "server.key")}
    with open(paths["ca.pem"], "wb") as f:
        f.write(ca.public_bytes(serialization.Encoding.PEM))
    with open(paths["server.pem"], "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    with open(paths["server.key"], "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM,
                                  serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    return paths["server.pem"], paths["server.key"]


def configure(capture_url, pi_url):
    from privacyidea.lib.auth import create_db_admin
    from privacyidea.lib.policy import set_policy, SCOPE
    from privacyidea.lib.realm import set_realm, set_default_realm
    from privacyidea.lib.resolver import save_resolver
    from privacyidea.lib.smsprovider.SMSProvider import set_smsgateway
    from privacyidea.lib.config import set_privacyidea_config

    create_db_admin(ADMIN[0], password=ADMIN[1])
    save_resolver({"resolver": "staff-users", "type": "passwdresolver",
                   "fileName": os.path.join(FOLDER, "passwd")})
    set_realm(REALM, [{"name": "staff-users"}])
    set_default_realm(REALM)
    set_policy("user-enroll", scope=SCOPE.USER,
               action="enrollTOTP, enrollSMS, delete, disable")
    # Push for jan only: piet's test sign-in falls back to a code.
    set_policy("user-push", scope=SCOPE.USER, action="enrollPUSH", user="jan")
    # kees is blocked from signing in: privacyIDEA's way to lock an account.
    set_policy("kees-blocked", scope=SCOPE.WEBUI, action="login_mode=disable", user="kees")
    # lies's sign-in lasts seconds, not the default hour: expiry on demand.
    set_policy("lies-short-session", scope=SCOPE.WEBUI, action="jwt_validity=4", user="lies")
    # anna's TOTP tokens are SHA256, 8 digits, 60 s: the settings many
    # apps ignore (privacyIDEA 3.14's user-scope totp_* actions).
    set_policy("anna-strong-totp", scope=SCOPE.USER,
               action="totp_hashlib=sha256, totp_otplen=8, totp_timestep=60", user="anna")
    set_policy("enroll-verify", scope=SCOPE.ENROLL,
               action=("verify_enrollment=totp sms, "
                       "push_firebase_configuration=poll only, "
                       f"push_registration_url={pi_url}/ttype/push, "
                       "push_ssl_verify=0"
                       + ("" if PLAIN_TOKENS else
                          ", tokenlabel={user}@{realm}, tokenissuer=RPO")))
    set_policy("auth-push", scope=SCOPE.AUTH,
               action=("push_allow_polling=allow, push_require_presence=1, "
                       f"push_presence_options={PRESENCE}"))
    set_smsgateway("capture", "privacyidea.lib.smsprovider.HttpSMSProvider.HttpSMSProvider",
                   options={"URL": capture_url, "HTTP_METHOD": "POST",
                            "SEND_DATA_AS_JSON": "yes", "RETURN_SUCCESS": "OK-SENT",
                            "CHECK_SSL": "no", "TIMEOUT": "3",
                            "to": "{phone}", "text": "{otp}"})
    set_privacyidea_config("sms.identifier", "capture")


def option(name, default):
    args = sys.argv[2:]
    return args[args.index(name) + 1] if name in args[:-1] else default


PLAIN_TOKENS = "--plain-tokens" in sys.argv[2:]
PRESENCE = option("--presence", "NUMERIC")


def main():
    global FOLDER
    FOLDER = os.path.abspath(sys.argv[1])
    os.makedirs(FOLDER, exist_ok=True)
    cfg = write_config(FOLDER)

    capture = ThreadingHTTPServer(("127.0.0.1", 0), Capture)
    threading.Thread(target=capture.serve_forever, daemon=True).start()
    capture_url = f"http://127.0.0.1:{capture.server_address[1]}/sms"

    from werkzeug.serving import make_server
    from privacyidea.app import create_app
    from privacyidea.models import db

    app = create_app(config_name="production", config_file=cfg, silent=True)
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    tls = "--tls" in sys.argv[2:]
    ssl_context = make_tls(FOLDER) if tls else None
    server = make_server("127.0.0.1", 0, app, threaded=True, ssl_context=ssl_context)
    pi_url = f"{'https' if tls else 'http'}://127.0.0.1:{server.server_port}"
    with app.app_context():
        db.create_all()
        db.session.commit()
        configure(capture_url, pi_url)
        db.session.commit()

    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"READY {pi_url} {capture_url}", flush=True)
    # Until the test closes our stdin (or dies).
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__":
    main()
