package care.whatmatters.demo;

import care.whatmatters.access.Accounts;
import care.whatmatters.access.Actor;
import care.whatmatters.directory.DirectoryEditors;
import care.whatmatters.directory.DirectoryImport;
import care.whatmatters.directory.domain.ImportOutcome;
import care.whatmatters.directory.domain.ImportReport;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo community directory through the directory's own import (so it passes the same checks as
 * any feed), and links the demo directory editor ({@code editor}) to the walking charity they work for.
 */
@Component
class DemoDirectory {

    static final String EDITOR = "editor";

    private final DirectoryImport imports;
    private final DirectoryEditors editors;
    private final Accounts accounts;
    private final Clock clock;

    DemoDirectory(DirectoryImport imports, DirectoryEditors editors, Accounts accounts, Clock clock) {
        this.imports = imports;
        this.editors = editors;
        this.accounts = accounts;
        this.clock = clock;
    }

    void seed() {
        DemoDirectoryGenerator generator = new DemoDirectoryGenerator(LocalDate.now(clock), clock.instant());
        ImportReport report = imports.importServices(Actor.system("demo directory"), "demo directory",
                generator.services());
        if (report.count(ImportOutcome.REJECTED) > 0) {
            throw new IllegalStateException("The demo directory generator made services the directory refuses: "
                    + report.lines().stream().filter(l -> l.outcome() == ImportOutcome.REJECTED).findFirst().orElseThrow());
        }
        accounts.find(EDITOR).ifPresent(editor -> editors.link(editor.id(),
                DemoDirectoryGenerator.id("organisation/" + DemoDirectoryGenerator.WALKING_ORGANISATION),
                "WhatMatters (demo)"));
    }
}
