/* rc_net.c: sockets for the netconns recipe: a TCP server on loopback and a
 * forked client, a refused connect (IPv4 and IPv6), unix sockets named and
 * abstract.  Usage: rc_net PORT */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int port = argc > 1 ? atoi(argv[1]) : 5299;
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(port) };
	struct sockaddr_in6 a6 = { .sin6_family = AF_INET6, .sin6_port = htons(port + 1) };
	struct sockaddr_un u = { .sun_family = AF_UNIX };
	struct sockaddr_in peer;
	socklen_t len = sizeof peer;
	char buf[64];
	int s, c, one = 1, status;

	inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
	s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	if (bind(s, (struct sockaddr *)&a, sizeof a) < 0 || listen(s, 2) < 0)
		return 2;
	if (fork() == 0) {
		int k = socket(AF_INET, SOCK_STREAM, 0);
		connect(k, (struct sockaddr *)&a, sizeof a);
		send(k, "data", 4, 0);
		close(k);
		_exit(0);
	}
	c = accept4(s, (struct sockaddr *)&peer, &len, SOCK_CLOEXEC);
	while (recv(c, buf, sizeof buf, 0) > 0)
		;
	close(c);
	close(s);
	wait(&status);

	/* refused: nothing listens on port + 1 */
	c = socket(AF_INET, SOCK_STREAM, 0);
	a.sin_port = htons(port + 1);
	connect(c, (struct sockaddr *)&a, sizeof a);
	close(c);
	c = socket(AF_INET6, SOCK_STREAM, 0);
	inet_pton(AF_INET6, "::1", &a6.sin6_addr);
	connect(c, (struct sockaddr *)&a6, sizeof a6);
	close(c);

	/* unix: a missing path, then an abstract name */
	c = socket(AF_UNIX, SOCK_DGRAM, 0);
	strcpy(u.sun_path, "/nonexistent/sock");
	connect(c, (struct sockaddr *)&u, sizeof u);
	memset(u.sun_path, 0, sizeof u.sun_path);
	memcpy(u.sun_path, "\0rc-abstract", 12);
	bind(c, (struct sockaddr *)&u, offsetof(struct sockaddr_un, sun_path) + 12);
	close(c);
	return 0;
}
