# sockaddrs.py: socket addresses of each family bound once, for -X raw and
# -X verbose (tests/e2e/net_test.lua): bytes with the decoded form as comment.
import socket
s = socket.socket(); s.bind(("127.0.0.1", 5131)); s.close()
s = socket.socket(socket.AF_INET6); s.bind(("::1", 5132)); s.close()
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
try: s.bind(("fe80::1%lo", 5133, 0, 1))
except OSError: pass
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.close()
s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(3))
s.bind(("lo", 0x0800))
s.close()
u = socket.socket(socket.AF_UNIX); u.bind("\0abc"); u.close()
