package vn.kehoach.roster.domain;

import vn.kehoach.roster.UnitRef;

import java.util.List;

/** Where a unit came from and what it became. */
public record UnitHistory(List<Entry> predecessors, List<Entry> successors) {

    public record Entry(UnitRef unit, UnitLink link) {
    }

    public boolean isEmpty() { return predecessors.isEmpty() && successors.isEmpty(); }
}
