-- poll/epoll events, epoll_ctl operations, epoll_create1 and eventfd2 flags.
-- Data: { value, "NAME" } in the order strace 6.1 tries them (x86_64 values;
-- the order matters for flags, where the first matching entry takes its bits).

local M = {}

M.poll = {
  { 0x1, "POLLIN" },
  { 0x2, "POLLPRI" },
  { 0x4, "POLLOUT" },
  { 0x8, "POLLERR" },
  { 0x10, "POLLHUP" },
  { 0x20, "POLLNVAL" },
  { 0x40, "POLLRDNORM" },
  { 0x80, "POLLRDBAND" },
  { 0x100, "POLLWRNORM" },
  { 0x200, "POLLWRBAND" },
  { 0x400, "POLLMSG" },
  { 0x1000, "POLLREMOVE" },
  { 0x2000, "POLLRDHUP" },
  { 0x8000, "POLL_BUSY_LOOP" },
}

M.epoll_flags = {
  { 0x80000, "EPOLL_CLOEXEC" },
}

M.epoll_events = {
  { 0x1, "EPOLLIN" },
  { 0x2, "EPOLLPRI" },
  { 0x4, "EPOLLOUT" },
  { 0x8, "EPOLLERR" },
  { 0x10, "EPOLLHUP" },
  { 0x20, "EPOLLNVAL" },
  { 0x40, "EPOLLRDNORM" },
  { 0x80, "EPOLLRDBAND" },
  { 0x100, "EPOLLWRNORM" },
  { 0x200, "EPOLLWRBAND" },
  { 0x400, "EPOLLMSG" },
  { 0x2000, "EPOLLRDHUP" },
  { 0x10000000, "EPOLLEXCLUSIVE" },
  { 0x20000000, "EPOLLWAKEUP" },
  { 0x40000000, "EPOLLONESHOT" },
  { 0x80000000, "EPOLLET" },
}

M.epoll_ctl = {
  { 1, "EPOLL_CTL_ADD" },
  { 2, "EPOLL_CTL_DEL" },
  { 3, "EPOLL_CTL_MOD" },
}

M.eventfd_flags = {
  { 0x1, "EFD_SEMAPHORE" },
  { 0x80000, "EFD_CLOEXEC" },
  { 0x800, "EFD_NONBLOCK" },
}

return M
