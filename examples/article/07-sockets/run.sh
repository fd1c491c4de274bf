#!/bin/sh
# 07: a socket server and its client.  The article traces both with
# --trace=socket,bind,...,accept4 -z and reads the addresses in the
# sockaddr structures.  moontrace prints the same lines; when it goes wrong,
# why-failed says it in one line: "connect(127.0.0.1:5000) = ECONNREFUSED:
# nothing listens there", "bind(127.0.0.1:5000) = EADDRINUSE: the address is
# already in use".
. "$(dirname "$0")/../common.sh"
PORT=${PORT:-5000}
export PORT

listening() {   # wait until something listens on $PORT
	hex=$(printf '%04X' "$PORT")
	for _ in $(seq 50); do
		grep -q ":$hex 00000000:0000 0A" /proc/net/tcp && return 0
		sleep 0.1
	done
	return 1
}

strace --trace=socket,bind,listen,recvfrom,sendto,accept4 -z $PY server_program.py &
listening
strace -v --trace=socket,connect,sendto,recvfrom -z $PY client_program.py
wait

moontrace --trace=socket,bind,listen,recvfrom,sendto,accept4 -z $PY server_program.py &
listening
moontrace -v --trace=socket,connect,sendto,recvfrom -z $PY client_program.py
wait

# no server: the client fails
moontrace -l why-failed $PY client_program.py
# a server already runs: the second one fails
$PY server_program.py &
listening
moontrace -l why-failed $PY server_program.py
$PY client_program.py     # lets the first server finish
wait
