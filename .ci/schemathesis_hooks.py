"""Schemathesis has no serializer for tus's `application/offset+octet-stream`
(a PATCH's raw bytes); generate small binary bodies for it."""
import schemathesis
from hypothesis import strategies as st

schemathesis.openapi.media_type("application/offset+octet-stream", st.binary(max_size=256))
