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
  { 92, "RTM_NEWSTATS" }, { 94, "RTM_GETSTATS" }, { 95, "RTM_SETSTATS" },
  { 96, "RTM_NEWCACHEREPORT" },
  { 100, "RTM_NEWCHAIN" }, { 101, "RTM_DELCHAIN" }, { 102, "RTM_GETCHAIN" },
  { 104, "RTM_NEWNEXTHOP" }, { 105, "RTM_DELNEXTHOP" }, { 106, "RTM_GETNEXTHOP" },
  { 108, "RTM_NEWLINKPROP" }, { 109, "RTM_DELLINKPROP" },
  { 112, "RTM_NEWVLAN" }, { 113, "RTM_DELVLAN" }, { 114, "RTM_GETVLAN" },
  { 116, "RTM_NEWNEXTHOPBUCKET" }, { 117, "RTM_DELNEXTHOPBUCKET" }, { 118, "RTM_GETNEXTHOPBUCKET" },
  { 120, "RTM_NEWTUNNEL" }, { 121, "RTM_DELTUNNEL" }, { 122, "RTM_GETTUNNEL" },
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
}

-- ---- NETLINK_SOCK_DIAG --------------------------------------------------------------

M.sock_diag_types = { { 20, "SOCK_DIAG_BY_FAMILY" }, { 21, "SOCK_DESTROY" } }

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

return M
