package de.lotse.accounts.internal;

class UsernameTakenException extends RuntimeException {

    UsernameTakenException(String username) {
        super("user name taken");
    }
}
