package com.fours.dms.qualitycheck;

import com.fours.dms.qualitycheck.api.QualityCheckApi.ChecklistItem;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * R-QC-1: the points a technician confirms before signing a job off (self-check) and the points an
 * inspector checks (final inspection). A checklist must answer every point once, and no other.
 */
public final class Checklists {
    public static final List<String> SELF_CHECK = List.of(
            "WORK_AS_ORDERED", "FASTENERS_TORQUED", "NO_LEAKS", "NO_WARNING_LIGHTS", "TOOLS_AND_PARTS_REMOVED", "PROTECTION_REMOVED");

    public static final List<String> FINAL_INSPECTION = List.of(
            "FAULT_RESOLVED", "WORK_MATCHES_ORDER", "FLUID_LEVELS", "NO_NEW_DAMAGE", "WARNING_LIGHTS_OFF", "INTERIOR_CLEAN");

    private Checklists() {}

    /** The answered points in the checklist's order; 400 naming `checklist[i].code` for an unknown or repeated point, `checklist` for a missing one. */
    public static List<ChecklistItem> answered(List<String> points, List<ChecklistItem> given) {
        List<Violation> v = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i).code().strip();
            if (!points.contains(code)) {
                v.add(new Violation("checklist[" + i + "].code", "is not a point of this checklist: " + points));
            } else if (!seen.add(code)) {
                v.add(new Violation("checklist[" + i + "].code", "answers " + code + " twice"));
            }
        }
        List<String> missing = points.stream().filter(p -> !seen.contains(p)).toList();
        if (v.isEmpty() && !missing.isEmpty()) {
            v.add(new Violation("checklist", "answer every point; missing " + missing));
        }
        if (!v.isEmpty()) {
            throw ProblemException.validation(v);
        }
        return points.stream().map(p -> given.stream().filter(g -> g.code().strip().equals(p)).findFirst().orElseThrow())
                .map(g -> new ChecklistItem(g.code().strip(), g.ok(), g.note() == null || g.note().isBlank() ? null : g.note().strip())).toList();
    }

    /** The points not in order. */
    public static List<String> notOk(List<ChecklistItem> items) {
        return items.stream().filter(i -> !i.ok()).map(ChecklistItem::code).toList();
    }
}
