/* wf_connect.c: a client whose server is not running: connect() fails
 * with ECONNREFUSED (why-failed: "connection refused"). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	socklen_t len = sizeof a;
	int probe = socket(AF_INET, SOCK_STREAM, 0);
	int s = socket(AF_INET, SOCK_STREAM, 0);

	/* a port nobody listens on: take a free one and give it back */
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(probe, (struct sockaddr *)&a, sizeof a) < 0 ||
	    getsockname(probe, (struct sockaddr *)&a, &len) < 0)
		return 3;
	close(probe);
	if (connect(s, (struct sockaddr *)&a, sizeof a) < 0) {
		perror("wf_connect: connect");
		return 1;
	}
	return 0;
}
