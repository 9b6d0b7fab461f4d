"""A device talking to the packaged gangwerk-server as systemd runs it (check_service.sh): over
TLS, trusting only the test's own certificate, as a phone trusts its system's authorities.
Enrolls with the code in argv[3], logs an hour entry whose note is argv[4], pulls it back.

    service_client.py HOST:PORT CA_PEM CODE NOTE"""
import sys
import time

import grpc

from gwtest import PROTOCOL, day, new_id, pb, pb_grpc

address, ca_path, code, note = sys.argv[1:5]
with open(ca_path, "rb") as f:
    credentials = grpc.ssl_channel_credentials(root_certificates=f.read())
# The certificate's name checked without asking DNS for it (as tests/integration's test_tls).
stub = pb_grpc.SyncServiceStub(grpc.secure_channel(
    address, credentials, options=(("grpc.ssl_target_name_override", "localhost"),)))
enrolled = stub.Enroll(pb.EnrollRequest(invite_code=code, device_name="kantoor",
                                        protocol_version=PROTOCOL), timeout=10)
metadata = (("authorization", f"Bearer {enrolled.device_token}"),)
entry = pb.HourEntry(id=new_id(), member_id=enrolled.member.id, day=day(-1), minutes=45,
                     category="buurtdienst", note=note, source=pb.ENTRY_SOURCE_MANUAL,
                     created_at_ms=int(time.time() * 1000))
pushed = stub.Push(pb.PushRequest(protocol_version=PROTOCOL, mutations=[pb.Mutation(
    mutation_id=new_id(), client_seq=1, append_hour_entry=pb.AppendHourEntry(entry=entry))]),
    metadata=metadata, timeout=10)
if [r.outcome for r in pushed.results] != [pb.OUTCOME_APPLIED]:
    raise SystemExit(f"FAIL: the entry was not taken: {pushed}")
pulled = stub.Pull(pb.PullRequest(protocol_version=PROTOCOL), metadata=metadata, timeout=10)
notes = [c.hour_entry.note for c in pulled.changes if c.WhichOneof("record") == "hour_entry"]
if note not in notes:
    raise SystemExit("FAIL: the entry did not come back in a pull")
print(f"over TLS: enrolled, logged an entry and pulled {len(pulled.changes)} changes")
