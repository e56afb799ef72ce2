#!/usr/bin/env python3
"""Creates a blob container on Azurite with the well-known development account (Shared Key), for bench-all.sh.
Usage: azurite-container.py ENDPOINT NAME   (ENDPOINT as azurite.sh prints it: http://127.0.0.1:PORT/devstoreaccount1)"""
import base64, hashlib, hmac, sys, urllib.error, urllib.request
from email.utils import formatdate

ACCOUNT = "devstoreaccount1"
KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
endpoint, name = sys.argv[1].rstrip("/"), sys.argv[2]
date = formatdate(usegmt=True)
headers = {"x-ms-date": date, "x-ms-version": "2021-08-06", "Content-Length": "0"}
canonical = "".join(f"{k}:{v}\n" for k, v in sorted((k, v) for k, v in headers.items() if k.startswith("x-ms-")))
resource = f"/{ACCOUNT}/{ACCOUNT}/{name}\nrestype:container"
to_sign = "PUT\n" + "\n" * 11 + canonical + resource
signature = base64.b64encode(hmac.new(base64.b64decode(KEY), to_sign.encode(), hashlib.sha256).digest()).decode()
headers["Authorization"] = f"SharedKey {ACCOUNT}:{signature}"
request = urllib.request.Request(f"{endpoint}/{name}?restype=container", method="PUT", headers=headers)
try:
    urllib.request.urlopen(request).close()
except urllib.error.HTTPError as e:
    if e.code != 409:  # 409: the container exists already
        sys.exit(f"azurite-container: {e.code} {e.read().decode(errors='replace')[:300]}")
