-- Netlink constants (linux/netlink.h, rtnetlink.h, if_link.h, if_addr.h,
-- if.h, sock_diag.h, inet_diag.h), with the names strace 6.1 prints.
-- Tables are { value, name } lists in the order strace lists them
-- (flag sets print in that order).

local M = {}

-- struct nlmsghdr: message types below NLMSG_MIN_TYPE, every family
M.NLMSG_MIN_TYPE = 0x10
M.nlmsg_types = {
  { 1, "NLMSG_NOOP" }, { 2, "NLMSG_ERROR" }, { 3, "NLMSG_DONE" }, { 4, "NLMSG_OVERRUN" },
}

-- nlmsg_flags: the flags of every message, then those of a kind of request
M.nlm_flags = {
  { 0x01, "NLM_F_REQUEST" }, { 0x02, "NLM_F_MULTI" }, { 0x04, "NLM_F_ACK" }, { 0x08, "NLM_F_ECHO" },
  { 0x10, "NLM_F_DUMP_INTR" }, { 0x20, "NLM_F_DUMP_FILTERED" },
}
local function with(extra)
  local t = {}
  for _, e in ipairs(M.nlm_flags) do t[#t + 1] = e end
  for _, e in ipairs(extra) do t[#t + 1] = e end
  return t
end
M.nlm_flags_get = with { { 0x300, "NLM_F_DUMP" }, { 0x100, "NLM_F_ROOT" }, { 0x200, "NLM_F_MATCH" },
                         { 0x400, "NLM_F_ATOMIC" } }
M.nlm_flags_new = with { { 0x100, "NLM_F_REPLACE" }, { 0x200, "NLM_F_EXCL" }, { 0x400, "NLM_F_CREATE" },
                         { 0x800, "NLM_F_APPEND" } }
M.nlm_flags_del = with { { 0x100, "NLM_F_NONREC" }, { 0x200, "NLM_F_BULK" } }
M.nlm_flags_ack = with { { 0x100, "NLM_F_CAPPED" }, { 0x200, "NLM_F_ACK_TLVS" } }

-- struct nlattr type bits
M.NLA_F_NESTED, M.NLA_F_NET_BYTEORDER, M.NLA_TYPE_MASK = 0x8000, 0x4000, 0x3fff

-- extended ack attributes (after a NLMSG_ERROR's message)
M.nlmsgerr_attrs = {
  { 0, "NLMSGERR_ATTR_UNUSED" }, { 1, "NLMSGERR_ATTR_MSG" }, { 2, "NLMSGERR_ATTR_OFFS" },
  { 3, "NLMSGERR_ATTR_COOKIE" }, { 4, "NLMSGERR_ATTR_POLICY" }, { 5, "NLMSGERR_ATTR_MISS_TYPE" },
  { 6, "NLMSGERR_ATTR_MISS_NEST" },
}

-- ---- NETLINK_ROUTE ---------------------------------------------------------------

M.rtm_types = {
  { 16, "RTM_NEWLINK" }, { 17, "RTM_DELLINK" }, { 18, "RTM_GETLINK" }, { 19, "RTM_SETLINK" },
  { 20, "RTM_NEWADDR" }, { 21, "RTM_DELADDR" }, { 22, "RTM_GETADDR" },
  { 24, "RTM_NEWROUTE" }, { 25, "RTM_DELROUTE" }, { 26, "RTM_GETROUTE" },
  { 28, "RTM_NEWNEIGH" }, { 29, "RTM_DELNEIGH" }, { 30, "RTM_GETNEIGH" },
  { 32, "RTM_NEWRULE" }, { 33, "RTM_DELRULE" }, { 34, "RTM_GETRULE" },
  { 36, "RTM_NEWQDISC" }, { 37, "RTM_DELQDISC" }, { 38, "RTM_GETQDISC" },
  { 40, "RTM_NEWTCLASS" }, { 41, "RTM_DELTCLASS" }, { 42, "RTM_GETTCLASS" },
  { 44, "RTM_NEWTFILTER" }, { 45, "RTM_DELTFILTER" }, { 46, "RTM_GETTFILTER" },
  { 48, "RTM_NEWACTION" }, { 49, "RTM_DELACTION" }, { 50, "RTM_GETACTION" },
  { 52, "RTM_NEWPREFIX" }, { 58, "RTM_GETMULTICAST" }, { 62, "RTM_GETANYCAST" },
  { 64, "RTM_NEWNEIGHTBL" }, { 66, "RTM_GETNEIGHTBL" }, { 67, "RTM_SETNEIGHTBL" },
  { 68, "RTM_NEWNDUSEROPT" },
  { 72, "RTM_NEWADDRLABEL" }, { 73, "RTM_DELADDRLABEL" }, { 74, "RTM_GETADDRLABEL" },
  { 78, "RTM_GETDCB" }, { 79, "RTM_SETDCB" },
  { 80, "RTM_NEWNETCONF" }, { 81, "RTM_DELNETCONF" }, { 82, "RTM_GETNETCONF" },
  { 84, "RTM_NEWMDB" }, { 85, "RTM_DELMDB" }, { 86, "RTM_GETMDB" },
  { 88, "RTM_NEWNSID" }, { 89, "RTM_DELNSID" }, { 90, "RTM_GETNSID" },
  { 92, "RTM_NEWSTATS" }, { 94, "RTM_GETSTATS" },
  { 96, "RTM_NEWCACHEREPORT" },
  { 100, "RTM_NEWCHAIN" }, { 101, "RTM_DELCHAIN" }, { 102, "RTM_GETCHAIN" },
  { 104, "RTM_NEWNEXTHOP" }, { 105, "RTM_DELNEXTHOP" }, { 106, "RTM_GETNEXTHOP" },
  { 108, "RTM_NEWLINKPROP" }, { 109, "RTM_DELLINKPROP" }, { 110, "RTM_GETLINKPROP" },
  { 112, "RTM_NEWVLAN" }, { 113, "RTM_DELVLAN" }, { 114, "RTM_GETVLAN" },
  { 116, "RTM_NEWNEXTHOPBUCKET" }, { 117, "RTM_DELNEXTHOPBUCKET" }, { 118, "RTM_GETNEXTHOPBUCKET" },
  -- strace 6.1 knows neither RTM_SETSTATS (95) nor the RTM_*TUNNEL ones (120..122)
}

-- net_device flags (ifi_flags, ifi_change)
M.iff_flags = {
  { 0x1, "IFF_UP" }, { 0x2, "IFF_BROADCAST" }, { 0x4, "IFF_DEBUG" }, { 0x8, "IFF_LOOPBACK" },
  { 0x10, "IFF_POINTOPOINT" }, { 0x20, "IFF_NOTRAILERS" }, { 0x40, "IFF_RUNNING" }, { 0x80, "IFF_NOARP" },
  { 0x100, "IFF_PROMISC" }, { 0x200, "IFF_ALLMULTI" }, { 0x400, "IFF_MASTER" }, { 0x800, "IFF_SLAVE" },
  { 0x1000, "IFF_MULTICAST" }, { 0x2000, "IFF_PORTSEL" }, { 0x4000, "IFF_AUTOMEDIA" },
  { 0x8000, "IFF_DYNAMIC" }, { 0x10000, "IFF_LOWER_UP" }, { 0x20000, "IFF_DORMANT" },
  { 0x40000, "IFF_ECHO" },
}

-- IFLA_*: the names strace 6.1 knows (through IFLA_ALLMULTI)
M.ifla = {
  { 0, "IFLA_UNSPEC" }, { 1, "IFLA_ADDRESS" }, { 2, "IFLA_BROADCAST" }, { 3, "IFLA_IFNAME" },
  { 4, "IFLA_MTU" }, { 5, "IFLA_LINK" }, { 6, "IFLA_QDISC" }, { 7, "IFLA_STATS" }, { 8, "IFLA_COST" },
  { 9, "IFLA_PRIORITY" }, { 10, "IFLA_MASTER" }, { 11, "IFLA_WIRELESS" }, { 12, "IFLA_PROTINFO" },
  { 13, "IFLA_TXQLEN" }, { 14, "IFLA_MAP" }, { 15, "IFLA_WEIGHT" }, { 16, "IFLA_OPERSTATE" },
  { 17, "IFLA_LINKMODE" }, { 18, "IFLA_LINKINFO" }, { 19, "IFLA_NET_NS_PID" }, { 20, "IFLA_IFALIAS" },
  { 21, "IFLA_NUM_VF" }, { 22, "IFLA_VFINFO_LIST" }, { 23, "IFLA_STATS64" }, { 24, "IFLA_VF_PORTS" },
  { 25, "IFLA_PORT_SELF" }, { 26, "IFLA_AF_SPEC" }, { 27, "IFLA_GROUP" }, { 28, "IFLA_NET_NS_FD" },
  { 29, "IFLA_EXT_MASK" }, { 30, "IFLA_PROMISCUITY" }, { 31, "IFLA_NUM_TX_QUEUES" },
  { 32, "IFLA_NUM_RX_QUEUES" }, { 33, "IFLA_CARRIER" }, { 34, "IFLA_PHYS_PORT_ID" },
  { 35, "IFLA_CARRIER_CHANGES" }, { 36, "IFLA_PHYS_SWITCH_ID" }, { 37, "IFLA_LINK_NETNSID" },
  { 38, "IFLA_PHYS_PORT_NAME" }, { 39, "IFLA_PROTO_DOWN" }, { 40, "IFLA_GSO_MAX_SEGS" },
  { 41, "IFLA_GSO_MAX_SIZE" }, { 42, "IFLA_PAD" }, { 43, "IFLA_XDP" }, { 44, "IFLA_EVENT" },
  { 45, "IFLA_NEW_NETNSID" }, { 46, "IFLA_TARGET_NETNSID" }, { 47, "IFLA_CARRIER_UP_COUNT" },
  { 48, "IFLA_CARRIER_DOWN_COUNT" }, { 49, "IFLA_NEW_IFINDEX" }, { 50, "IFLA_MIN_MTU" },
  { 51, "IFLA_MAX_MTU" }, { 52, "IFLA_PROP_LIST" }, { 53, "IFLA_ALT_IFNAME" },
  { 54, "IFLA_PERM_ADDRESS" }, { 55, "IFLA_PROTO_DOWN_REASON" }, { 56, "IFLA_PARENT_DEV_NAME" },
  { 57, "IFLA_PARENT_DEV_BUS_NAME" }, { 58, "IFLA_GRO_MAX_SIZE" }, { 59, "IFLA_TSO_MAX_SIZE" },
  { 60, "IFLA_TSO_MAX_SEGS" }, { 61, "IFLA_ALLMULTI" },
}

M.rtext_filter = {
  { 0x1, "RTEXT_FILTER_VF" }, { 0x2, "RTEXT_FILTER_BRVLAN" }, { 0x4, "RTEXT_FILTER_BRVLAN_COMPRESSED" },
  { 0x8, "RTEXT_FILTER_SKIP_STATS" }, { 0x10, "RTEXT_FILTER_MRP" }, { 0x20, "RTEXT_FILTER_CFM_CONFIG" },
  { 0x40, "RTEXT_FILTER_CFM_STATUS" }, { 0x80, "RTEXT_FILTER_MST" },
}

M.ifla_events = {
  { 0, "IFLA_EVENT_NONE" }, { 1, "IFLA_EVENT_REBOOT" }, { 2, "IFLA_EVENT_FEATURES" },
  { 3, "IFLA_EVENT_BONDING_FAILOVER" }, { 4, "IFLA_EVENT_NOTIFY_PEERS" }, { 5, "IFLA_EVENT_IGMP_RESEND" },
  { 6, "IFLA_EVENT_BONDING_OPTIONS" },
}

-- struct rtnl_link_stats64 and rtnl_link_stats fields, in order
M.link_stats = {
  "rx_packets", "tx_packets", "rx_bytes", "tx_bytes", "rx_errors", "tx_errors", "rx_dropped",
  "tx_dropped", "multicast", "collisions", "rx_length_errors", "rx_over_errors", "rx_crc_errors",
  "rx_frame_errors", "rx_fifo_errors", "rx_missed_errors", "tx_aborted_errors", "tx_carrier_errors",
  "tx_fifo_errors", "tx_heartbeat_errors", "tx_window_errors", "rx_compressed", "tx_compressed",
  "rx_nohandler", "rx_otherhost_dropped",
}

-- IFA_*
M.ifa = {
  { 0, "IFA_UNSPEC" }, { 1, "IFA_ADDRESS" }, { 2, "IFA_LOCAL" }, { 3, "IFA_LABEL" }, { 4, "IFA_BROADCAST" },
  { 5, "IFA_ANYCAST" }, { 6, "IFA_CACHEINFO" }, { 7, "IFA_MULTICAST" }, { 8, "IFA_FLAGS" },
  { 9, "IFA_RT_PRIORITY" }, { 10, "IFA_TARGET_NETNSID" }, { 11, "IFA_PROTO" },
}

M.ifa_flags = {
  { 0x1, "IFA_F_SECONDARY" }, { 0x2, "IFA_F_NODAD" }, { 0x4, "IFA_F_OPTIMISTIC" },
  { 0x8, "IFA_F_DADFAILED" }, { 0x10, "IFA_F_HOMEADDRESS" }, { 0x20, "IFA_F_DEPRECATED" },
  { 0x40, "IFA_F_TENTATIVE" }, { 0x80, "IFA_F_PERMANENT" }, { 0x100, "IFA_F_MANAGETEMPADDR" },
  { 0x200, "IFA_F_NOPREFIXROUTE" }, { 0x400, "IFA_F_MCAUTOJOIN" }, { 0x800, "IFA_F_STABLE_PRIVACY" },
}

M.rt_scopes = {
  { 0, "RT_SCOPE_UNIVERSE" }, { 200, "RT_SCOPE_SITE" }, { 253, "RT_SCOPE_LINK" }, { 254, "RT_SCOPE_HOST" },
  { 255, "RT_SCOPE_NOWHERE" },
}

-- struct rtmsg
M.rt_tables = {
  { 0, "RT_TABLE_UNSPEC" }, { 252, "RT_TABLE_COMPAT" }, { 253, "RT_TABLE_DEFAULT" }, { 254, "RT_TABLE_MAIN" },
  { 255, "RT_TABLE_LOCAL" },
}
M.rt_protos = {
  { 0, "RTPROT_UNSPEC" }, { 1, "RTPROT_REDIRECT" }, { 2, "RTPROT_KERNEL" }, { 3, "RTPROT_BOOT" },
  { 4, "RTPROT_STATIC" }, { 8, "RTPROT_GATED" }, { 9, "RTPROT_RA" }, { 10, "RTPROT_MRT" },
  { 11, "RTPROT_ZEBRA" }, { 12, "RTPROT_BIRD" }, { 13, "RTPROT_DNROUTED" }, { 14, "RTPROT_XORP" },
  { 15, "RTPROT_NTK" }, { 16, "RTPROT_DHCP" }, { 17, "RTPROT_MROUTED" }, { 18, "RTPROT_KEEPALIVED" },
  { 42, "RTPROT_BABEL" }, { 99, "RTPROT_OPENR" }, { 186, "RTPROT_BGP" }, { 187, "RTPROT_ISIS" },
  { 188, "RTPROT_OSPF" }, { 189, "RTPROT_RIP" }, { 192, "RTPROT_EIGRP" },
}
M.rtn_types = {
  { 0, "RTN_UNSPEC" }, { 1, "RTN_UNICAST" }, { 2, "RTN_LOCAL" }, { 3, "RTN_BROADCAST" },
  { 4, "RTN_ANYCAST" }, { 5, "RTN_MULTICAST" }, { 6, "RTN_BLACKHOLE" }, { 7, "RTN_UNREACHABLE" },
  { 8, "RTN_PROHIBIT" }, { 9, "RTN_THROW" }, { 10, "RTN_NAT" }, { 11, "RTN_XRESOLVE" },
}
M.rtm_flags = {
  { 0x100, "RTM_F_NOTIFY" }, { 0x200, "RTM_F_CLONED" }, { 0x400, "RTM_F_EQUALIZE" },
  { 0x800, "RTM_F_PREFIX" }, { 0x1000, "RTM_F_LOOKUP_TABLE" }, { 0x2000, "RTM_F_FIB_MATCH" },
  { 0x4000, "RTM_F_OFFLOAD" }, { 0x8000, "RTM_F_TRAP" }, { 0x20000000, "RTM_F_OFFLOAD_FAILED" },
}

-- RTA_*
M.rta = {
  { 0, "RTA_UNSPEC" }, { 1, "RTA_DST" }, { 2, "RTA_SRC" }, { 3, "RTA_IIF" }, { 4, "RTA_OIF" },
  { 5, "RTA_GATEWAY" }, { 6, "RTA_PRIORITY" }, { 7, "RTA_PREFSRC" }, { 8, "RTA_METRICS" },
  { 9, "RTA_MULTIPATH" }, { 10, "RTA_PROTOINFO" }, { 11, "RTA_FLOW" }, { 12, "RTA_CACHEINFO" },
  { 13, "RTA_SESSION" }, { 14, "RTA_MP_ALGO" }, { 15, "RTA_TABLE" }, { 16, "RTA_MARK" },
  { 17, "RTA_MFC_STATS" }, { 18, "RTA_VIA" }, { 19, "RTA_NEWDST" }, { 20, "RTA_PREF" },
  { 21, "RTA_ENCAP_TYPE" }, { 22, "RTA_ENCAP" }, { 23, "RTA_EXPIRES" }, { 24, "RTA_PAD" },
  { 25, "RTA_UID" }, { 26, "RTA_TTL_PROPAGATE" }, { 27, "RTA_IP_PROTO" }, { 28, "RTA_SPORT" },
  { 29, "RTA_DPORT" }, { 30, "RTA_NH_ID" },
}
M.rta_cacheinfo = { "rta_clntref", "rta_lastuse", "rta_expires", "rta_error", "rta_used", "rta_id",
                    "rta_ts", "rta_tsage" }

-- RTAX_* (inside RTA_METRICS)
M.rtax = {
  { 0, "RTAX_UNSPEC" }, { 1, "RTAX_LOCK" }, { 2, "RTAX_MTU" }, { 3, "RTAX_WINDOW" }, { 4, "RTAX_RTT" },
  { 5, "RTAX_RTTVAR" }, { 6, "RTAX_SSTHRESH" }, { 7, "RTAX_CWND" }, { 8, "RTAX_ADVMSS" },
  { 9, "RTAX_REORDERING" }, { 10, "RTAX_HOPLIMIT" }, { 11, "RTAX_INITCWND" }, { 12, "RTAX_FEATURES" },
  { 13, "RTAX_RTO_MIN" }, { 14, "RTAX_INITRWND" }, { 15, "RTAX_QUICKACK" }, { 16, "RTAX_CC_ALGO" },
  { 17, "RTAX_FASTOPEN_NO_COOKIE" },
}

-- struct ndmsg, NDA_*
M.nud_states = {
  { 0x00, "NUD_NONE" }, { 0x01, "NUD_INCOMPLETE" }, { 0x02, "NUD_REACHABLE" }, { 0x04, "NUD_STALE" },
  { 0x08, "NUD_DELAY" }, { 0x10, "NUD_PROBE" }, { 0x20, "NUD_FAILED" }, { 0x40, "NUD_NOARP" },
  { 0x80, "NUD_PERMANENT" },
}
M.ntf_flags = {
  { 0x01, "NTF_USE" }, { 0x02, "NTF_SELF" }, { 0x04, "NTF_MASTER" }, { 0x08, "NTF_PROXY" },
  { 0x10, "NTF_EXT_LEARNED" }, { 0x20, "NTF_OFFLOADED" }, { 0x40, "NTF_STICKY" }, { 0x80, "NTF_ROUTER" },
}
M.nda = {
  { 0, "NDA_UNSPEC" }, { 1, "NDA_DST" }, { 2, "NDA_LLADDR" }, { 3, "NDA_CACHEINFO" }, { 4, "NDA_PROBES" },
  { 5, "NDA_VLAN" }, { 6, "NDA_PORT" }, { 7, "NDA_VNI" }, { 8, "NDA_IFINDEX" }, { 9, "NDA_MASTER" },
  { 10, "NDA_LINK_NETNSID" }, { 11, "NDA_SRC_VNI" }, { 12, "NDA_PROTOCOL" }, { 13, "NDA_NH_ID" },
  { 14, "NDA_FDB_EXT_ATTRS" }, { 15, "NDA_FLAGS_EXT" }, { 16, "NDA_NDM_STATE_MASK" }, { 17, "NDA_NDM_FLAGS_MASK" },
}
-- NDA_FLAGS_EXT (strace 6.1 knows the first alone), NDA_FDB_EXT_ATTRS
M.ntf_ext_flags = { { 0x1, "NTF_EXT_MANAGED" } }
M.nfea = { { 0, "NFEA_UNSPEC" }, { 1, "NFEA_ACTIVITY_NOTIFY" }, { 2, "NFEA_DONT_REFRESH" } }

-- ---- NETLINK_SOCK_DIAG --------------------------------------------------------------

M.sock_diag_types = { { 18, "TCPDIAG_GETSOCK" }, { 19, "DCCPDIAG_GETSOCK" }, { 20, "SOCK_DIAG_BY_FAMILY" },
  { 21, "SOCK_DESTROY" } }

-- ---- NETLINK_XFRM, NETLINK_SELINUX, NETLINK_AUDIT: message types -----------------------

-- linux/xfrm.h: from XFRM_MSG_BASE (0x10) on
M.xfrm_types = {}
for i, name in ipairs({ "NEWSA", "DELSA", "GETSA", "NEWPOLICY", "DELPOLICY", "GETPOLICY", "ALLOCSPI",
  "ACQUIRE", "EXPIRE", "UPDPOLICY", "UPDSA", "POLEXPIRE", "FLUSHSA", "FLUSHPOLICY", "NEWAE", "GETAE",
  "REPORT", "MIGRATE", "NEWSADINFO", "GETSADINFO", "NEWSPDINFO", "GETSPDINFO", "MAPPING",
  "SETDEFAULT", "GETDEFAULT" }) do
  M.xfrm_types[i] = { 0x10 + i - 1, "XFRM_MSG_" .. name }
end
-- which of them create, get or delete (for the meaning of the flags' high byte)
M.xfrm_new = { [0x10] = true, [0x13] = true, [0x1e] = true, [0x22] = true, [0x24] = true }
M.xfrm_get = { [0x12] = true, [0x15] = true, [0x1f] = true, [0x23] = true, [0x25] = true }
M.xfrm_del = { [0x11] = true, [0x14] = true }

-- linux/selinux_netlink.h
M.selnl_types = { { 0x10, "SELNL_MSG_SETENFORCE" }, { 0x11, "SELNL_MSG_POLICYLOAD" } }

-- linux/audit.h: the control messages (1000..1019)
M.audit_types = {}
for i, name in ipairs({ "GET", "SET", "LIST", "ADD", "DEL", "USER", "LOGIN", "WATCH_INS", "WATCH_REM",
  "WATCH_LIST", "SIGNAL_INFO", "ADD_RULE", "DEL_RULE", "LIST_RULES", "TRIM", "MAKE_EQUIV", "TTY_GET",
  "TTY_SET", "SET_FEATURE", "GET_FEATURE" }) do
  M.audit_types[i] = { 1000 + i - 1, "AUDIT_" .. name }
end

M.tcp_states = {
  { 1, "TCP_ESTABLISHED" }, { 2, "TCP_SYN_SENT" }, { 3, "TCP_SYN_RECV" }, { 4, "TCP_FIN_WAIT1" },
  { 5, "TCP_FIN_WAIT2" }, { 6, "TCP_TIME_WAIT" }, { 7, "TCP_CLOSE" }, { 8, "TCP_CLOSE_WAIT" },
  { 9, "TCP_LAST_ACK" }, { 10, "TCP_LISTEN" }, { 11, "TCP_CLOSING" }, { 12, "TCP_NEW_SYN_RECV" },
}

-- idiag_ext bits are 1 << (INET_DIAG_x - 1)
M.inet_diag_attrs = {
  { 0, "INET_DIAG_NONE" }, { 1, "INET_DIAG_MEMINFO" }, { 2, "INET_DIAG_INFO" }, { 3, "INET_DIAG_VEGASINFO" },
  { 4, "INET_DIAG_CONG" }, { 5, "INET_DIAG_TOS" }, { 6, "INET_DIAG_TCLASS" }, { 7, "INET_DIAG_SKMEMINFO" },
  { 8, "INET_DIAG_SHUTDOWN" }, { 9, "INET_DIAG_DCTCPINFO" }, { 10, "INET_DIAG_PROTOCOL" },
  { 11, "INET_DIAG_SKV6ONLY" }, { 12, "INET_DIAG_LOCALS" }, { 13, "INET_DIAG_PEERS" },
  { 14, "INET_DIAG_PAD" }, { 15, "INET_DIAG_MARK" }, { 16, "INET_DIAG_BBRINFO" },
  { 17, "INET_DIAG_CLASS_ID" }, { 18, "INET_DIAG_MD5SIG" }, { 19, "INET_DIAG_ULP_INFO" },
  { 20, "INET_DIAG_SK_BPF_STORAGES" }, { 21, "INET_DIAG_CGROUP_ID" }, { 22, "INET_DIAG_SOCKOPT" },
}
M.inet_diag_ext = {}
for _, e in ipairs(M.inet_diag_attrs) do
  if e[1] > 0 and e[1] <= 8 then M.inet_diag_ext[#M.inet_diag_ext + 1] = { 1 << (e[1] - 1), "1<<(" .. e[2] .. "-1)" } end
end

-- ---- round 2: nested link attributes, diag families, rules, qdiscs ---------------

-- { value, name } list of names numbered from `first` (default 0)
local function seq(names, first)
  local t = {}
  for i, n in ipairs(names) do t[#t + 1] = { (first or 0) + i - 1, n } end
  return t
end
local function words(s) local t = {} for w in s:gmatch("%S+") do t[#t + 1] = w end return t end
M.seq = seq

-- IFLA_PROTINFO / IFLA_AF_SPEC of AF_INET6 (if_link.h), through RA_MTU
M.ifla_inet6 = seq(words([[IFLA_INET6_UNSPEC IFLA_INET6_FLAGS IFLA_INET6_CONF IFLA_INET6_STATS
  IFLA_INET6_MCAST IFLA_INET6_CACHEINFO IFLA_INET6_ICMP6STATS IFLA_INET6_TOKEN
  IFLA_INET6_ADDR_GEN_MODE IFLA_INET6_RA_MTU]]))
M.inet6_if_flags = {
  { 0x10, "IF_RS_SENT" }, { 0x20, "IF_RA_RCVD" }, { 0x40, "IF_RA_MANAGED" }, { 0x80, "IF_RA_OTHERCONF" },
  { 0x80000000, "IF_READY" },
}
M.in6_addr_gen_mode = seq(words([[IN6_ADDR_GEN_MODE_EUI64 IN6_ADDR_GEN_MODE_NONE
  IN6_ADDR_GEN_MODE_STABLE_PRIVACY IN6_ADDR_GEN_MODE_RANDOM]]))
M.ifla_inet = seq({ "IFLA_INET_UNSPEC", "IFLA_INET_CONF" })
-- the names strace 6.1 knows (linux/ipv6.h, ip.h, snmp.h)
M.devconf = seq(words([[FORWARDING HOPLIMIT MTU6 ACCEPT_RA ACCEPT_REDIRECTS AUTOCONF DAD_TRANSMITS
  RTR_SOLICITS RTR_SOLICIT_INTERVAL RTR_SOLICIT_DELAY USE_TEMPADDR TEMP_VALID_LFT TEMP_PREFERED_LFT
  REGEN_MAX_RETRY MAX_DESYNC_FACTOR MAX_ADDRESSES FORCE_MLD_VERSION ACCEPT_RA_DEFRTR ACCEPT_RA_PINFO
  ACCEPT_RA_RTR_PREF RTR_PROBE_INTERVAL ACCEPT_RA_RT_INFO_MAX_PLEN PROXY_NDP OPTIMISTIC_DAD
  ACCEPT_SOURCE_ROUTE MC_FORWARDING DISABLE_IPV6 ACCEPT_DAD FORCE_TLLAO NDISC_NOTIFY
  MLDV1_UNSOLICITED_REPORT_INTERVAL MLDV2_UNSOLICITED_REPORT_INTERVAL SUPPRESS_FRAG_NDISC
  ACCEPT_RA_FROM_LOCAL USE_OPTIMISTIC ACCEPT_RA_MTU STABLE_SECRET USE_OIF_ADDRS_ONLY
  ACCEPT_RA_MIN_HOP_LIMIT IGNORE_ROUTES_WITH_LINKDOWN DROP_UNICAST_IN_L2_MULTICAST DROP_UNSOLICITED_NA
  KEEP_ADDR_ON_DOWN RTR_SOLICIT_MAX_INTERVAL SEG6_ENABLED SEG6_REQUIRE_HMAC ENHANCED_DAD ADDR_GEN_MODE
  DISABLE_POLICY ACCEPT_RA_RT_INFO_MIN_PLEN NDISC_TCLASS RPL_SEG_ENABLED RA_DEFRTR_METRIC
  IOAM6_ENABLED IOAM6_ID IOAM6_ID_WIDE NDISC_EVICT_NOCARRIER ACCEPT_UNTRACKED_NA]]))
for _, e in ipairs(M.devconf) do e[2] = "DEVCONF_" .. e[2] end
M.ipv4_devconf = seq(words([[FORWARDING MC_FORWARDING PROXY_ARP ACCEPT_REDIRECTS SECURE_REDIRECTS
  SEND_REDIRECTS SHARED_MEDIA RP_FILTER ACCEPT_SOURCE_ROUTE BOOTP_RELAY LOG_MARTIANS TAG ARPFILTER
  MEDIUM_ID NOXFRM NOPOLICY FORCE_IGMP_VERSION ARP_ANNOUNCE ARP_IGNORE PROMOTE_SECONDARIES ARP_ACCEPT
  ARP_NOTIFY ACCEPT_LOCAL SRC_VMARK PROXY_ARP_PVLAN ROUTE_LOCALNET IGMPV2_UNSOLICITED_REPORT_INTERVAL
  IGMPV3_UNSOLICITED_REPORT_INTERVAL IGNORE_ROUTES_WITH_LINKDOWN DROP_UNICAST_IN_L2_MULTICAST
  DROP_GRATUITOUS_ARP BC_FORWARDING ARP_EVICT_NOCARRIER]]))
-- element i of IFLA_INET_CONF is IPV4_DEVCONF_x - 1
for _, e in ipairs(M.ipv4_devconf) do e[2] = "IPV4_DEVCONF_" .. e[2] .. "-1" end
M.ipstats_mib = seq(words([[NUM INPKTS INOCTETS INDELIVERS OUTFORWDATAGRAMS OUTPKTS OUTOCTETS
  INHDRERRORS INTOOBIGERRORS INNOROUTES INADDRERRORS INUNKNOWNPROTOS INTRUNCATEDPKTS INDISCARDS
  OUTDISCARDS OUTNOROUTES REASMTIMEOUT REASMREQDS REASMOKS REASMFAILS FRAGOKS FRAGFAILS FRAGCREATES
  INMCASTPKTS OUTMCASTPKTS INBCASTPKTS OUTBCASTPKTS INMCASTOCTETS OUTMCASTOCTETS INBCASTOCTETS
  OUTBCASTOCTETS CSUMERRORS NOECTPKTS ECT1PKTS ECT0PKTS CEPKTS REASM_OVERLAPS]]))
for _, e in ipairs(M.ipstats_mib) do e[2] = "IPSTATS_MIB_" .. e[2] end
M.icmp6_mib = seq(words("ICMP6_MIB_NUM ICMP6_MIB_INMSGS ICMP6_MIB_INERRORS ICMP6_MIB_OUTMSGS " ..
  "ICMP6_MIB_OUTERRORS ICMP6_MIB_CSUMERRORS"))

M.ifla_info = seq(words([[IFLA_INFO_UNSPEC IFLA_INFO_KIND IFLA_INFO_DATA IFLA_INFO_XSTATS
  IFLA_INFO_SLAVE_KIND IFLA_INFO_SLAVE_DATA]]))
M.ifla_xdp = seq(words([[IFLA_XDP_UNSPEC IFLA_XDP_FD IFLA_XDP_ATTACHED IFLA_XDP_FLAGS IFLA_XDP_PROG_ID
  IFLA_XDP_DRV_PROG_ID IFLA_XDP_SKB_PROG_ID IFLA_XDP_HW_PROG_ID IFLA_XDP_EXPECTED_FD]]))
M.xdp_attached = seq(words("XDP_ATTACHED_NONE XDP_ATTACHED_DRV XDP_ATTACHED_SKB XDP_ATTACHED_HW XDP_ATTACHED_MULTI"))
M.xdp_flags = { { 1, "XDP_FLAGS_UPDATE_IF_NOEXIST" }, { 2, "XDP_FLAGS_SKB_MODE" }, { 4, "XDP_FLAGS_DRV_MODE" },
                { 8, "XDP_FLAGS_HW_MODE" }, { 16, "XDP_FLAGS_REPLACE" } }

M.rtnh_flags = { { 1, "RTNH_F_DEAD" }, { 2, "RTNH_F_PERVASIVE" }, { 4, "RTNH_F_ONLINK" },
                 { 8, "RTNH_F_OFFLOAD" }, { 16, "RTNH_F_LINKDOWN" }, { 32, "RTNH_F_UNRESOLVED" },
                 { 64, "RTNH_F_TRAP" } }
M.rtax_features = { { 1, "RTAX_FEATURE_ECN" }, { 2, "RTAX_FEATURE_SACK" }, { 4, "RTAX_FEATURE_TIMESTAMP" },
                    { 8, "RTAX_FEATURE_ALLFRAG" } }

-- NETLINK_SOCK_DIAG of AF_UNIX, AF_PACKET, AF_NETLINK
M.udiag_show = { { 1, "UDIAG_SHOW_NAME" }, { 2, "UDIAG_SHOW_VFS" }, { 4, "UDIAG_SHOW_PEER" },
                 { 8, "UDIAG_SHOW_ICONS" }, { 16, "UDIAG_SHOW_RQLEN" }, { 32, "UDIAG_SHOW_MEMINFO" },
                 { 64, "UDIAG_SHOW_UID" } }
M.unix_diag_attrs = seq(words([[UNIX_DIAG_NAME UNIX_DIAG_VFS UNIX_DIAG_PEER UNIX_DIAG_ICONS
  UNIX_DIAG_RQLEN UNIX_DIAG_MEMINFO UNIX_DIAG_SHUTDOWN UNIX_DIAG_UID]]))
M.pdiag_show = { { 1, "PACKET_SHOW_INFO" }, { 2, "PACKET_SHOW_MCLIST" }, { 4, "PACKET_SHOW_RING_CFG" },
                 { 8, "PACKET_SHOW_FANOUT" }, { 16, "PACKET_SHOW_MEMINFO" }, { 32, "PACKET_SHOW_FILTER" } }
M.packet_diag_attrs = seq(words([[PACKET_DIAG_INFO PACKET_DIAG_MCLIST PACKET_DIAG_RX_RING
  PACKET_DIAG_TX_RING PACKET_DIAG_FANOUT PACKET_DIAG_UID PACKET_DIAG_MEMINFO PACKET_DIAG_FILTER]]))
M.ndiag_show = { { 1, "NDIAG_SHOW_MEMINFO" }, { 2, "NDIAG_SHOW_GROUPS" }, { 4, "NDIAG_SHOW_RING_CFG" },
                 { 8, "NDIAG_SHOW_FLAGS" } }
M.netlink_diag_attrs = seq(words([[NETLINK_DIAG_MEMINFO NETLINK_DIAG_GROUPS NETLINK_DIAG_RX_RING
  NETLINK_DIAG_TX_RING NETLINK_DIAG_FLAGS]]))
M.ndiag_flags = { { 1, "NDIAG_FLAG_CB_RUNNING" }, { 2, "NDIAG_FLAG_PKTINFO" }, { 4, "NDIAG_FLAG_BROADCAST_ERROR" },
                  { 8, "NDIAG_FLAG_NO_ENOBUFS" }, { 16, "NDIAG_FLAG_LISTEN_ALL_NSID" }, { 32, "NDIAG_FLAG_CAP_ACK" } }
M.sk_meminfo = seq(words([[SK_MEMINFO_RMEM_ALLOC SK_MEMINFO_RCVBUF SK_MEMINFO_WMEM_ALLOC
  SK_MEMINFO_SNDBUF SK_MEMINFO_FWD_ALLOC SK_MEMINFO_WMEM_QUEUED SK_MEMINFO_OPTMEM SK_MEMINFO_BACKLOG
  SK_MEMINFO_DROPS]]))
M.inet_diag_sockopt = { "recverr", "is_icsk", "freebind", "hdrincl", "mc_loop", "transparent", "mc_all",
  "nodefrag", "bind_address_no_port", "recverr_rfc4884", "defer_connect" }

-- rules (fib_rules.h)
M.fra = seq(words([[FRA_UNSPEC FRA_DST FRA_SRC FRA_IIFNAME FRA_GOTO FRA_UNUSED2 FRA_PRIORITY FRA_UNUSED3
  FRA_UNUSED4 FRA_UNUSED5 FRA_FWMARK FRA_FLOW FRA_TUN_ID FRA_SUPPRESS_IFGROUP FRA_SUPPRESS_PREFIXLEN
  FRA_TABLE FRA_FWMASK FRA_OIFNAME FRA_PAD FRA_L3MDEV FRA_UID_RANGE FRA_PROTOCOL FRA_IP_PROTO
  FRA_SPORT_RANGE FRA_DPORT_RANGE]]))
M.fr_act = seq(words([[FR_ACT_UNSPEC FR_ACT_TO_TBL FR_ACT_GOTO FR_ACT_NOP FR_ACT_RES3 FR_ACT_RES4
  FR_ACT_BLACKHOLE FR_ACT_UNREACHABLE FR_ACT_PROHIBIT]]))
M.fib_rule_flags = { { 1, "FIB_RULE_PERMANENT" }, { 2, "FIB_RULE_INVERT" }, { 4, "FIB_RULE_UNRESOLVED" },
  { 8, "FIB_RULE_IIF_DETACHED" }, { 16, "FIB_RULE_OIF_DETACHED" }, { 0x10000, "FIB_RULE_FIND_SADDR" } }

-- netconf (netconf.h)
M.netconfa = seq(words([[NETCONFA_UNSPEC NETCONFA_IFINDEX NETCONFA_FORWARDING NETCONFA_RP_FILTER
  NETCONFA_MC_FORWARDING NETCONFA_PROXY_NEIGH NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN NETCONFA_INPUT
  NETCONFA_BC_FORWARDING]]))

-- traffic control (rtnetlink.h, gen_stats.h)
M.tca = seq(words([[TCA_UNSPEC TCA_KIND TCA_OPTIONS TCA_STATS TCA_XSTATS TCA_RATE TCA_FCNT TCA_STATS2
  TCA_STAB TCA_PAD TCA_DUMP_INVISIBLE TCA_CHAIN TCA_HW_OFFLOAD TCA_INGRESS_BLOCK TCA_EGRESS_BLOCK
  TCA_DUMP_FLAGS]]))
M.tca_stats = seq(words([[TCA_STATS_UNSPEC TCA_STATS_BASIC TCA_STATS_RATE_EST TCA_STATS_QUEUE TCA_STATS_APP
  TCA_STATS_RATE_EST64 TCA_STATS_PAD TCA_STATS_BASIC_HW TCA_STATS_PKT64]]))

-- nexthops (nexthop.h)
M.nha = seq(words([[NHA_UNSPEC NHA_ID NHA_GROUP NHA_GROUP_TYPE NHA_BLACKHOLE NHA_OIF NHA_GATEWAY
  NHA_ENCAP_TYPE NHA_ENCAP NHA_GROUPS NHA_MASTER NHA_FDB NHA_RES_GROUP NHA_RES_BUCKET]]))

-- generic netlink: the controller (genetlink.h)
M.GENL_ID_CTRL = 0x10

-- IFLA_PROTINFO of AF_BRIDGE
M.ifla_brport = seq(words([[IFLA_BRPORT_UNSPEC IFLA_BRPORT_STATE IFLA_BRPORT_PRIORITY IFLA_BRPORT_COST
  IFLA_BRPORT_MODE IFLA_BRPORT_GUARD IFLA_BRPORT_PROTECT IFLA_BRPORT_FAST_LEAVE IFLA_BRPORT_LEARNING
  IFLA_BRPORT_UNICAST_FLOOD IFLA_BRPORT_PROXYARP IFLA_BRPORT_LEARNING_SYNC IFLA_BRPORT_PROXYARP_WIFI
  IFLA_BRPORT_ROOT_ID IFLA_BRPORT_BRIDGE_ID IFLA_BRPORT_DESIGNATED_PORT IFLA_BRPORT_DESIGNATED_COST
  IFLA_BRPORT_ID IFLA_BRPORT_NO IFLA_BRPORT_TOPOLOGY_CHANGE_ACK IFLA_BRPORT_CONFIG_PENDING
  IFLA_BRPORT_MESSAGE_AGE_TIMER IFLA_BRPORT_FORWARD_DELAY_TIMER IFLA_BRPORT_HOLD_TIMER IFLA_BRPORT_FLUSH
  IFLA_BRPORT_MULTICAST_ROUTER IFLA_BRPORT_PAD IFLA_BRPORT_MCAST_FLOOD IFLA_BRPORT_MCAST_TO_UCAST
  IFLA_BRPORT_VLAN_TUNNEL IFLA_BRPORT_BCAST_FLOOD IFLA_BRPORT_GROUP_FWD_MASK IFLA_BRPORT_NEIGH_SUPPRESS
  IFLA_BRPORT_ISOLATED IFLA_BRPORT_BACKUP_PORT IFLA_BRPORT_MRP_RING_OPEN IFLA_BRPORT_MRP_IN_OPEN
  IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT IFLA_BRPORT_MCAST_EHT_HOSTS_CNT IFLA_BRPORT_LOCKED]]))
-- IFLA_INFO_DATA of kind "bridge" (if_link.h), through MCAST_QUERIER_STATE
M.ifla_br = seq(words([[IFLA_BR_UNSPEC IFLA_BR_FORWARD_DELAY IFLA_BR_HELLO_TIME IFLA_BR_MAX_AGE
  IFLA_BR_AGEING_TIME IFLA_BR_STP_STATE IFLA_BR_PRIORITY IFLA_BR_VLAN_FILTERING IFLA_BR_VLAN_PROTOCOL
  IFLA_BR_GROUP_FWD_MASK IFLA_BR_ROOT_ID IFLA_BR_BRIDGE_ID IFLA_BR_ROOT_PORT IFLA_BR_ROOT_PATH_COST
  IFLA_BR_TOPOLOGY_CHANGE IFLA_BR_TOPOLOGY_CHANGE_DETECTED IFLA_BR_HELLO_TIMER IFLA_BR_TCN_TIMER
  IFLA_BR_TOPOLOGY_CHANGE_TIMER IFLA_BR_GC_TIMER IFLA_BR_GROUP_ADDR IFLA_BR_FDB_FLUSH IFLA_BR_MCAST_ROUTER
  IFLA_BR_MCAST_SNOOPING IFLA_BR_MCAST_QUERY_USE_IFADDR IFLA_BR_MCAST_QUERIER IFLA_BR_MCAST_HASH_ELASTICITY
  IFLA_BR_MCAST_HASH_MAX IFLA_BR_MCAST_LAST_MEMBER_CNT IFLA_BR_MCAST_STARTUP_QUERY_CNT
  IFLA_BR_MCAST_LAST_MEMBER_INTVL IFLA_BR_MCAST_MEMBERSHIP_INTVL IFLA_BR_MCAST_QUERIER_INTVL
  IFLA_BR_MCAST_QUERY_INTVL IFLA_BR_MCAST_QUERY_RESPONSE_INTVL IFLA_BR_MCAST_STARTUP_QUERY_INTVL
  IFLA_BR_NF_CALL_IPTABLES IFLA_BR_NF_CALL_IP6TABLES IFLA_BR_NF_CALL_ARPTABLES IFLA_BR_VLAN_DEFAULT_PVID
  IFLA_BR_PAD IFLA_BR_VLAN_STATS_ENABLED IFLA_BR_MCAST_STATS_ENABLED IFLA_BR_MCAST_IGMP_VERSION
  IFLA_BR_MCAST_MLD_VERSION IFLA_BR_VLAN_STATS_PER_PORT IFLA_BR_MULTI_BOOLOPT
  IFLA_BR_MCAST_QUERIER_STATE]]))
-- struct br_boolopt_multi: a bit per enum br_boolopt_id (if_bridge.h)
M.br_boolopt = { { 1, "1<<BR_BOOLOPT_NO_LL_LEARN" }, { 2, "1<<BR_BOOLOPT_MCAST_VLAN_SNOOPING" },
                 { 4, "1<<BR_BOOLOPT_MST_ENABLE" } }
-- IFLA_BR_MCAST_QUERIER_STATE (if_bridge.h)
M.bridge_querier = seq(words([[BRIDGE_QUERIER_UNSPEC BRIDGE_QUERIER_IP_ADDRESS BRIDGE_QUERIER_IP_PORT
  BRIDGE_QUERIER_IP_OTHER_TIMER BRIDGE_QUERIER_PAD BRIDGE_QUERIER_IPV6_ADDRESS BRIDGE_QUERIER_IPV6_PORT
  BRIDGE_QUERIER_IPV6_OTHER_TIMER]]))
M.tpacket_versions = seq({ "TPACKET_V1", "TPACKET_V2", "TPACKET_V3" })
M.pdi_flags = { { 1, "PDI_RUNNING" }, { 2, "PDI_AUXDATA" }, { 4, "PDI_ORIGDEV" }, { 8, "PDI_VNETHDR" },
                { 16, "PDI_LOSS" } }
M.nexthop_grp_types = seq({ "NEXTHOP_GRP_TYPE_MPATH", "NEXTHOP_GRP_TYPE_RES" })

M.netlink_states = { { 0, "NETLINK_UNCONNECTED" }, { 1, "NETLINK_CONNECTED" } }

-- neighbour tables (neighbour.h): NDTA_*, nested NDTPA_*
M.ndta = seq(words([[NDTA_UNSPEC NDTA_NAME NDTA_THRESH1 NDTA_THRESH2 NDTA_THRESH3 NDTA_CONFIG
  NDTA_PARMS NDTA_STATS NDTA_GC_INTERVAL NDTA_PAD]]))
M.ndtpa = seq(words([[NDTPA_UNSPEC NDTPA_IFINDEX NDTPA_REFCNT NDTPA_REACHABLE_TIME
  NDTPA_BASE_REACHABLE_TIME NDTPA_RETRANS_TIME NDTPA_GC_STALETIME NDTPA_DELAY_PROBE_TIME
  NDTPA_QUEUE_LEN NDTPA_APP_PROBES NDTPA_UCAST_PROBES NDTPA_MCAST_PROBES NDTPA_ANYCAST_DELAY
  NDTPA_PROXY_DELAY NDTPA_PROXY_QLEN NDTPA_LOCKTIME NDTPA_QUEUE_LENBYTES NDTPA_MCAST_REPROBES
  NDTPA_PAD NDTPA_INTERVAL_PROBE_TIME_MS]]))
M.ndt_config = { "ndtc_key_len", "ndtc_entry_size", "ndtc_entries", "ndtc_last_flush", "ndtc_last_rand",
  "ndtc_hash_rnd", "ndtc_hash_mask", "ndtc_hash_chain_gc", "ndtc_proxy_qlen" }
M.ndt_stats = { "ndts_allocs", "ndts_destroys", "ndts_hash_grows", "ndts_res_failed", "ndts_lookups",
  "ndts_hits", "ndts_rcv_probes_mcast", "ndts_rcv_probes_ucast", "ndts_periodic_gc_runs",
  "ndts_forced_gc_runs", "ndts_table_fulls" }

-- address labels (if_addrlabel.h)
M.ifal = seq({ "IFAL_ADDRESS_UNSPEC", "IFAL_ADDRESS", "IFAL_LABEL" })

-- interface statistics (if_link.h): IFLA_STATS_*, the bits of filter_mask
-- (strace 6.1 names bit n after attribute n, not n + 1), nested
-- IFLA_OFFLOAD_XSTATS_* (strace 6.1 knows CPU_HIT alone)
M.ifla_stats = seq(words([[IFLA_STATS_UNSPEC IFLA_STATS_LINK_64 IFLA_STATS_LINK_XSTATS
  IFLA_STATS_LINK_XSTATS_SLAVE IFLA_STATS_LINK_OFFLOAD_XSTATS IFLA_STATS_AF_SPEC]]))
M.ifla_stats_bits = {}
for i, e in ipairs(M.ifla_stats) do M.ifla_stats_bits[i] = { 1 << e[1], "1<<" .. e[2] } end
M.ifla_offload_xstats = seq({ "IFLA_OFFLOAD_XSTATS_UNSPEC", "IFLA_OFFLOAD_XSTATS_CPU_HIT" })
M.link_xstats_types = seq({ "LINK_XSTATS_TYPE_UNSPEC", "LINK_XSTATS_TYPE_BRIDGE", "LINK_XSTATS_TYPE_BOND" })
M.bridge_xstats = seq(words([[BRIDGE_XSTATS_UNSPEC BRIDGE_XSTATS_VLAN BRIDGE_XSTATS_MCAST BRIDGE_XSTATS_PAD
  BRIDGE_XSTATS_STP]]))
M.br_mcast_dirs = seq({ "BR_MCAST_DIR_RX", "BR_MCAST_DIR_TX" })
-- struct br_mcast_stats: fields that are [RX, TX] pairs, and single ones (false)
M.br_mcast_stats = { { "igmp_v1queries", true }, { "igmp_v2queries", true }, { "igmp_v3queries", true },
  { "igmp_leaves", true }, { "igmp_v1reports", true }, { "igmp_v2reports", true },
  { "igmp_v3reports", true }, { "igmp_parse_errors", false }, { "mld_v1queries", true },
  { "mld_v2queries", true }, { "mld_leaves", true }, { "mld_v1reports", true }, { "mld_v2reports", true },
  { "mld_parse_errors", false }, { "mcast_bytes", true }, { "mcast_packets", true } }
M.bridge_stp_xstats = { "transition_blk", "transition_fwd", "rx_bpdu", "tx_bpdu", "rx_tcn", "tx_tcn" }

return M
