#pragma once

#include <QCoreApplication>

#include <cstdio>

// spark-showcase --kiosk-hash-pin: asks for the operator PIN twice and prints
// the line for the [operator] section of the kiosk settings,
//
//   pin = pbkdf2-sha256$100000$SALT$HASH
//
// From a terminal the PIN is typed without echo (termios; the terminal is
// restored on every way out, Ctrl+C included) after a prompt on stderr. When
// standard input is not a terminal, two lines are read from it, so scripts
// and tests can feed it. A PIN the keypad cannot type, a weak one or two
// different entries print nothing and give exit status 1.
class PinPrompt
{
    Q_DECLARE_TR_FUNCTIONS(PinPrompt)

public:
    static int run(std::FILE *in, std::FILE *out, std::FILE *err);
};
