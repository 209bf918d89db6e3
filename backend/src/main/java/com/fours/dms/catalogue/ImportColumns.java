package com.fours.dms.catalogue;

import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of an import file, found by their header (English or Chinese, any case; columns in
 * any order; unknown columns are ignored), and how a cell becomes a value. A cell that cannot
 * become one is a {@link Bad} naming the column, the value and why, for the report.
 */
public final class ImportColumns {
    private ImportColumns() {}

    public enum Col {
        PART_NUMBER("part_number", "零件号", "零件编号", "配件编号", "part number", "partnumber"),
        NAME_ZH("name_zh", "名称", "零件名称", "配件名称", "中文名称", "name"),
        NAME_EN("name_en", "英文名称", "english name"),
        GRADE("grade", "品质", "等级", "原厂/副厂"),
        LIST_PRICE("list_price", "销售价", "零售价", "价格", "单价", "price"),
        COST("cost", "成本", "成本价"),
        TAX_CLASS("tax_class", "税类", "税率类别"),
        CRITICAL_SYSTEM("critical_system", "关键系统", "关键件"),
        SUPERSEDES("supersedes", "替代旧号", "旧零件号", "替换号"),
        ACTIVE("active", "启用", "有效"),
        ON_HAND("on_hand", "库存", "库存数量", "stock"),
        REORDER_POINT("reorder_point", "再订货点", "安全库存"),
        EXPECTED_ARRIVAL("expected_arrival", "预计到货", "预计到货日期"),
        CODE("code", "工时代码", "项目代码", "operation_code"),
        SYSTEM("system", "系统", "维修系统", "vehicle_system"),
        DEFAULT_HOURS("default_hours", "标准工时", "工时", "hours"),
        MODEL_HOURS("model_hours", "车型工时"),
        SKILL("skill", "技能"),
        BAY_TYPE("bay_type", "工位类型");

        final String key;
        final List<String> aliases;

        Col(String key, String... aliases) {
            this.key = key;
            this.aliases = List.of(aliases);
        }

        public String key() {
            return key;
        }

        boolean matches(String header) {
            String h = header.strip().toLowerCase(Locale.ROOT);
            return h.equals(key) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(h));
        }
    }

    public static final List<Col> PARTS = List.of(Col.PART_NUMBER, Col.NAME_ZH, Col.NAME_EN, Col.GRADE, Col.LIST_PRICE, Col.COST, Col.TAX_CLASS,
            Col.CRITICAL_SYSTEM, Col.SUPERSEDES, Col.ACTIVE, Col.ON_HAND, Col.REORDER_POINT, Col.EXPECTED_ARRIVAL);
    public static final List<Col> OPERATIONS = List.of(Col.CODE, Col.NAME_ZH, Col.NAME_EN, Col.SYSTEM, Col.DEFAULT_HOURS, Col.MODEL_HOURS, Col.SKILL,
            Col.BAY_TYPE, Col.ACTIVE);

    /** Which column index holds each known column; the key column is required. */
    public static Map<Col, Integer> header(List<String> header, List<Col> known, Col required) {
        Map<Col, Integer> at = new EnumMap<>(Col.class);
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : header.get(i).replace("\uFEFF", "");
            for (Col c : known) {
                if (!at.containsKey(c) && c.matches(h)) {
                    at.put(c, i);
                    break;
                }
            }
        }
        if (!at.containsKey(required)) {
            throw new ProblemException(422, "import-columns", "Missing column",
                    "The header row (row 1) has no column " + required.key + "; columns are " + String.join(", ", known.stream().map(Col::key).toList()),
                    List.of(new Violation("file", "has no " + required.key + " column in its header row")), null);
        }
        return at;
    }

    /** A cell that is not a value of its column. */
    public record Bad(Col column, String value, String message) {}

    /** One row's cells by column, collecting what is wrong with them. */
    public static final class Cells {
        private final ImportFile.Line line;
        private final Map<Col, Integer> at;
        public final List<Bad> bad = new ArrayList<>();

        public Cells(ImportFile.Line line, Map<Col, Integer> at) {
            this.line = line;
            this.at = at;
        }

        public int row() {
            return line.number();
        }

        public boolean has(Col c) {
            return at.containsKey(c);
        }

        /** The cell's text, stripped; null when empty or the column is absent. */
        public String text(Col c) {
            Integer i = at.get(c);
            String s = i == null ? null : line.cell(i);
            return s == null || s.isBlank() ? null : s.strip();
        }

        public String text(Col c, int max) {
            String s = text(c);
            if (s != null && s.length() > max) {
                bad.add(new Bad(c, s, "at most " + max + " characters"));
                return null;
            }
            return s;
        }

        public String required(Col c, int max) {
            String s = text(c, max);
            if (s == null && bad.stream().noneMatch(b -> b.column() == c)) {
                bad.add(new Bad(c, null, "is required"));
            }
            return s;
        }

        /** A decimal ≥ 0 with at most 2 decimals ("¥1,200.50" is 1200.50); {@code positive} refuses 0. */
        public BigDecimal number(Col c, int integerDigits, boolean positive) {
            String s = text(c);
            if (s == null) {
                return null;
            }
            try {
                BigDecimal n = new BigDecimal(s.replace("¥", "").replace("￥", "").replace(",", "").strip());
                if (n.signum() < 0 || positive && n.signum() == 0 || n.stripTrailingZeros().scale() > 2
                        || n.precision() - n.scale() > integerDigits) {
                    throw new NumberFormatException();
                }
                return n.setScale(2, java.math.RoundingMode.UNNECESSARY);
            } catch (NumberFormatException | ArithmeticException e) {
                bad.add(new Bad(c, s, "must be a number " + (positive ? "> 0" : "≥ 0") + " with at most 2 decimals"));
                return null;
            }
        }

        public Boolean bool(Col c) {
            String s = text(c);
            if (s == null) {
                return null;
            }
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1", "是", "√" -> true;
                case "false", "no", "n", "0", "否" -> false;
                default -> {
                    bad.add(new Bad(c, s, "must be true/false (是/否)"));
                    yield null;
                }
            };
        }

        public <E extends Enum<E>> E choice(Col c, Class<E> type, Map<String, E> aliases) {
            String s = text(c);
            if (s == null) {
                return null;
            }
            E alias = aliases.get(s);
            if (alias != null) {
                return alias;
            }
            try {
                return Enum.valueOf(type, s.toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                bad.add(new Bad(c, s, "must be one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
                return null;
            }
        }

        /** A date (2026-12-20, the start of that day in the store's zone) or a time with offset. */
        public Instant instant(Col c, ZoneId zone) {
            String s = text(c);
            if (s == null) {
                return null;
            }
            try {
                return s.length() <= 10 ? LocalDate.parse(s.replace('/', '-')).atStartOfDay(zone).toInstant() : OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e) {
                bad.add(new Bad(c, s, "must be a date such as 2026-12-20"));
                return null;
            }
        }

        /** Values separated by ; | 、 or ；. */
        public List<String> list(Col c) {
            String s = text(c);
            if (s == null) {
                return List.of();
            }
            return java.util.Arrays.stream(s.split("[;|；、]")).map(String::strip).filter(x -> !x.isEmpty()).distinct().toList();
        }
    }
}
