# sockopts.py: socket options whose values are structures (multicast
# memberships, group requests, timeouts, linger) and plain ints, each
# call made whether or not the kernel accepts it (tests/e2e/net_test.lua).
import socket, struct
def tr(f, *a):
    try: f(*a)
    except OSError: pass
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
ga = socket.inet_aton
tr(s.setsockopt, socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, ga("239.1.2.3") + ga("0.0.0.0"))
tr(s.setsockopt, socket.IPPROTO_IP, socket.IP_DROP_MEMBERSHIP, ga("239.1.2.3") + ga("0.0.0.0"))
tr(s.setsockopt, socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, ga("239.1.2.4") + ga("127.0.0.1") + struct.pack("i", 1))
tr(s.setsockopt, socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, ga("239.1.2.4")[:3])
tr(s.setsockopt, socket.IPPROTO_IP, socket.IP_MULTICAST_IF, ga("127.0.0.1") + ga("0.0.0.0") + struct.pack("i", 1))
tr(s.setsockopt, socket.IPPROTO_IP, socket.IP_MULTICAST_IF, ga("127.0.0.1"))
tr(s.setsockopt, socket.IPPROTO_IP, 39, ga("232.1.2.3") + ga("0.0.0.0") + ga("10.0.0.1"))
tr(s.setsockopt, socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 0)
tr(s.getsockopt, socket.IPPROTO_IP, socket.IP_MULTICAST_IF, 4)
t = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
tr(t.setsockopt, socket.IPPROTO_IPV6, socket.IPV6_JOIN_GROUP, socket.inet_pton(socket.AF_INET6, "ff02::1") + struct.pack("I", 1))
tr(t.setsockopt, socket.IPPROTO_IPV6, socket.IPV6_LEAVE_GROUP, socket.inet_pton(socket.AF_INET6, "ff02::1") + struct.pack("I", 1))
tr(t.setsockopt, socket.IPPROTO_IPV6, socket.IPV6_JOIN_GROUP, socket.inet_pton(socket.AF_INET6, "ff02::1")[:10])
tr(t.setsockopt, socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_HOPS, 3)
tr(t.setsockopt, socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_IF, 1)
tr(t.setsockopt, socket.IPPROTO_IPV6, socket.IPV6_UNICAST_HOPS, 7)
tr(t.setsockopt, socket.IPPROTO_IPV6, socket.IPV6_RECVPKTINFO, 1)
tr(t.setsockopt, socket.IPPROTO_IPV6, socket.IPV6_TCLASS, 4)
tr(s.setsockopt, socket.IPPROTO_IP, 8, 1)
tr(s.setsockopt, socket.IPPROTO_IP, 11, 1)
tr(s.setsockopt, socket.IPPROTO_IP, 10, 2)   # IP_MTU_DISCOVER
tr(s.setsockopt, socket.IPPROTO_UDP, 1, 1)   # UDP_CORK
MCAST_JOIN_GROUP = 42
gr = struct.pack("I4x", 1) + struct.pack("=H", socket.AF_INET) + struct.pack("!H", 0) + ga("239.9.9.9") + b"\0"*120
tr(s.setsockopt, socket.IPPROTO_IP, MCAST_JOIN_GROUP, gr)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
tr(s.setsockopt, socket.SOL_SOCKET, socket.SO_RCVTIMEO, struct.pack("ll", 1, 500))
tr(s.getsockopt, socket.SOL_SOCKET, socket.SO_RCVTIMEO, 16)
tr(s.setsockopt, socket.IPPROTO_IP, socket.IP_TTL, 5)
tr(s.getsockopt, socket.IPPROTO_IP, socket.IP_TTL)
tr(s.setsockopt, socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 2)
tr(s.setsockopt, socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, socket.inet_aton("239.1.2.3") + socket.inet_aton("0.0.0.0"))
tr(s.setsockopt, socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton("127.0.0.1"))
tr(s.setsockopt, socket.IPPROTO_IP, socket.IP_TOS, 0x10)
tr(s.setsockopt, socket.SOL_SOCKET, socket.SO_BINDTODEVICE, b"lo")
tr(s.getsockopt, socket.SOL_SOCKET, socket.SO_BINDTODEVICE, 16)
t = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
tr(t.setsockopt, socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
tr(t.setsockopt, socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
tr(t.setsockopt, socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 60)
tr(t.getsockopt, socket.IPPROTO_TCP, socket.TCP_CONGESTION, 16)
tr(t.setsockopt, socket.IPPROTO_IPV6, socket.IPV6_JOIN_GROUP, socket.inet_pton(socket.AF_INET6, "ff02::1") + struct.pack("I", 1))
tr(t.setsockopt, socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 5))
tr(t.getsockopt, socket.SOL_SOCKET, socket.SO_LINGER, 8)
tr(t.setsockopt, socket.SOL_SOCKET, socket.SO_SNDTIMEO, struct.pack("ll", 2, 0))
