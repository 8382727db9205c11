/* dcmtk's storescp for unit tests; see storescp_harness.h. */
#include "storescp_harness.h"

#include <arpa/inet.h>
#include <check.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

int harness_free_port(void)
{
    struct sockaddr_in sin = {0};
    socklen_t sl = sizeof sin;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    int p;

    sin.sin_family = AF_INET;
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ck_assert_int_eq(bind(fd, (struct sockaddr *)&sin, sizeof sin), 0);
    ck_assert_int_eq(getsockname(fd, (struct sockaddr *)&sin, &sl), 0);
    p = ntohs(sin.sin_port);
    close(fd);
    return p;
}

pid_t storescp_start(char *dir, const char *const *opts, int *port)
{
    char ports[16];
    const char *argv[10];
    pid_t pid;
    int n = 0;

    memcpy(dir, STORESCP_DIR_TEMPLATE, sizeof STORESCP_DIR_TEMPLATE);
    ck_assert_ptr_nonnull(mkdtemp(dir));
    *port = harness_free_port();
    snprintf(ports, sizeof ports, "%d", *port);
    argv[n++] = "storescp";
    argv[n++] = "-aet";
    argv[n++] = "STORESCP";
    argv[n++] = "-od";
    argv[n++] = dir;
    for (int i = 0; opts[i] && i < 4; i++)
        argv[n++] = opts[i];
    argv[n++] = ports;
    argv[n] = NULL;
    pid = fork();
    if (pid == 0) {
        /* Never outlive the test, even when an assertion ends it early. */
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        execvp("storescp", (char *const *)argv);
        _exit(127);
    }
    for (int i = 0; i < 100; i++) {
        struct sockaddr_in sin = {0};
        int fd = socket(AF_INET, SOCK_STREAM, 0);

        sin.sin_family = AF_INET;
        sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        sin.sin_port = htons((uint16_t)*port);
        if (connect(fd, (struct sockaddr *)&sin, sizeof sin) == 0) {
            close(fd);
            return pid;
        }
        close(fd);
        usleep(50000);
    }
    ck_abort_msg("storescp did not start");
    return -1;
}

void storescp_stop(pid_t pid)
{
    if (pid > 0) {
        kill(pid, SIGTERM);
        waitpid(pid, NULL, 0);
    }
}
