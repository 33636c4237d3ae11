package com.usthem.cli;

import com.usthem.core.team.Author;
import picocli.CommandLine.Option;

/** {@code --author NAME}, for the commands that label: who the labels are recorded as. */
public class AuthorOption {

    @Option(names = "--author", paramLabel = "NAME",
            description = "Your name, recorded with each label (default: $" + Author.ENV
                    + "; without either, labels carry no name).")
    String author;

    public Author author() {
        return author != null ? Author.of(author) : Author.fromEnvironment();
    }
}
