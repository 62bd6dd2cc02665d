package care.whatmatters.demo;

import java.util.List;

/**
 * The neighbourhoods of the demo directory, around the cast's postcodes in Leeds, Bradford and Halifax, with
 * an approximate centre and the postcode district they fall in.
 */
record DemoPlace(String name, String town, String district, double latitude, double longitude) {

    static final List<DemoPlace> ALL = List.of(
            new DemoPlace("Armley", "Leeds", "LS12", 53.7985, -1.5900),
            new DemoPlace("Wortley", "Leeds", "LS12", 53.7890, -1.5930),
            new DemoPlace("Headingley", "Leeds", "LS6", 53.8200, -1.5770),
            new DemoPlace("Woodhouse", "Leeds", "LS6", 53.8110, -1.5580),
            new DemoPlace("Chapeltown", "Leeds", "LS7", 53.8190, -1.5370),
            new DemoPlace("Harehills", "Leeds", "LS8", 53.8130, -1.5150),
            new DemoPlace("Beeston", "Leeds", "LS11", 53.7790, -1.5620),
            new DemoPlace("Bramley", "Leeds", "LS13", 53.8060, -1.6350),
            new DemoPlace("Kirkstall", "Leeds", "LS5", 53.8160, -1.6020),
            new DemoPlace("Hunslet", "Leeds", "LS10", 53.7800, -1.5320),
            new DemoPlace("Roundhay", "Leeds", "LS8", 53.8300, -1.5000),
            new DemoPlace("Leeds City Centre", "Leeds", "LS1", 53.7965, -1.5480),
            new DemoPlace("Manningham", "Bradford", "BD8", 53.8020, -1.7700),
            new DemoPlace("Thornbury", "Bradford", "BD3", 53.7980, -1.7150),
            new DemoPlace("Little Horton", "Bradford", "BD5", 53.7800, -1.7600),
            new DemoPlace("Great Horton", "Bradford", "BD7", 53.7800, -1.7850),
            new DemoPlace("Eccleshill", "Bradford", "BD2", 53.8150, -1.7280),
            new DemoPlace("Shipley", "Bradford", "BD18", 53.8330, -1.7770),
            new DemoPlace("Halifax Town Centre", "Halifax", "HX1", 53.7220, -1.8620),
            new DemoPlace("Illingworth", "Halifax", "HX2", 53.7500, -1.8850),
            new DemoPlace("Southowram", "Halifax", "HX3", 53.7150, -1.8350),
            new DemoPlace("Sowerby Bridge", "Halifax", "HX6", 53.7080, -1.9100),
            new DemoPlace("Elland", "Halifax", "HX5", 53.6860, -1.8400));
}
