package vn.quangngai.dvk.data;

import java.util.List;

/**
 * A commune-level unit of the province after 1 July 2025 (xã, phường, đặc khu) from
 * {@code data/xa-phuong.yaml}. {@code formerDistricts} are the 2023 districts it was formed from,
 * as its sources say (empty when they do not); its history (from when, by which act, read where)
 * is its {@link Lifespan} in the {@link History}.
 */
public record Commune(String id, String name, String kind, List<String> formerDistricts) {

    public Commune {
        formerDistricts = List.copyOf(formerDistricts);
    }

    public String kindLabel() {
        return switch (kind) {
            case "phuong" -> "Phường";
            case "dac-khu" -> "Đặc khu";
            default -> "Xã";
        };
    }
}
