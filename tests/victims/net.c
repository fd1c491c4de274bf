/* net.c: a TCP server and client on loopback (the article's socket
 * scenario in C): socket, bind, listen, accept4, connect, sendto, recvfrom. */
#include <arpa/inet.h>
#include <stddef.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int port = argc > 1 ? atoi(argv[1]) : 5099;
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(port) };
	struct sockaddr_in peer;
	socklen_t len = sizeof peer;
	char buf[64];
	int s, c, status;
	pid_t pid;

	inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
	s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	int one = 1;
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	if (bind(s, (struct sockaddr *)&a, sizeof a) < 0)
		return 2;
	listen(s, 2);
	pid = fork();
	if (pid == 0) {
		int k = socket(AF_INET, SOCK_STREAM, 0);
		connect(k, (struct sockaddr *)&a, sizeof a);
		sendto(k, "data", 4, 0, NULL, 0);
		close(k);
		_exit(0);
	}
	c = accept4(s, (struct sockaddr *)&peer, &len, SOCK_CLOEXEC);
	while (recvfrom(c, buf, sizeof buf, 0, NULL, NULL) > 0)
		;
	close(c);
	close(s);
	waitpid(pid, &status, 0);
	/* a refused connection */
	c = socket(AF_INET, SOCK_STREAM, 0);
	a.sin_port = htons(port + 1);
	connect(c, (struct sockaddr *)&a, sizeof a);
	close(c);
	/* unix sockets, named and abstract */
	{
		struct sockaddr_un u = { .sun_family = AF_UNIX };
		int us = socket(AF_UNIX, SOCK_DGRAM, 0);

		strcpy(u.sun_path, "/nonexistent/sock");
		connect(us, (struct sockaddr *)&u, sizeof u);
		memset(u.sun_path, 0, sizeof u.sun_path);
		memcpy(u.sun_path, "\0moontrace-test", 15);
		bind(us, (struct sockaddr *)&u, offsetof(struct sockaddr_un, sun_path) + 15);
		close(us);
	}
	return 0;
}
