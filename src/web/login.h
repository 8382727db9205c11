/* Who a web request is: whether its peer must log in (WebAuthentication:
 * remote, the default, asks every peer but 127.0.0.1, ::1 and
 * ::ffff:127.0.0.1; always asks every peer; never asks nobody), and the
 * check of a name and password against the users file, which is re-read
 * when it changes, with a delay after each failure from one address. Not
 * the users file's format (auth.c), nor HTTP (http.c). */
#ifndef DG_WEB_LOGIN_H
#define DG_WEB_LOGIN_H

struct config;
struct sockaddr;

enum web_login_need {
    WEB_LOGIN_NONE,     /* never: nobody logs in, a login sent is not looked at */
    WEB_LOGIN_OPTIONAL, /* a loopback peer under remote: every role without one */
    WEB_LOGIN_REQUIRED,
};

/* Read the policy and the users file (its absence is said once here, when
 * a login can be required). Returns 0 or an error (logged). */
int web_login_start(const struct config *cfg);
void web_login_stop(void);

enum web_login_need web_login_need(const struct sockaddr *peer);

/* 0 with the user's roles when name and password are right; else, after a
 * delay that grows with the failures from this peer's address (the same
 * for an unknown name and a wrong password), -EACCES, logged. */
int web_login_check(const struct sockaddr *peer, const char *name, const char *password,
                    unsigned *roles);

#endif
