/* wf_bind.c: a server started twice: the second bind() of a port fails
 * with EADDRINUSE (why-failed: "address already in use"). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	socklen_t len = sizeof a;
	int first = socket(AF_INET, SOCK_STREAM, 0);
	int second = socket(AF_INET, SOCK_STREAM, 0);

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	/* the "other instance": already listening on some port */
	if (bind(first, (struct sockaddr *)&a, sizeof a) < 0 || listen(first, 1) < 0 ||
	    getsockname(first, (struct sockaddr *)&a, &len) < 0)
		return 3;
	if (bind(second, (struct sockaddr *)&a, sizeof a) < 0) {
		perror("wf_bind: bind");
		return 1;
	}
	return 0;
}
