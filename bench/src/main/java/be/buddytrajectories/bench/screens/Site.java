package be.buddytrajectories.bench.screens;

import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostsql.civicrm.CiviCrmSite;
import java.util.List;
import javax.sql.DataSource;

/**
 * A CiviCRM site of a given size on CiviCRM's schema, built by host-sql-adapter's {@link CiviCrmSite} as the
 * host's demo builds one: a fifth of the contacts are volunteers, 6 % newcomers, the rest organisations,
 * households, donors and members the plugin never sees.
 *
 * @param people volunteers first, then newcomers, as stored
 * @param ids    their contact ids, in the same order
 */
record Site(int contacts, int volunteers, int newcomers, List<NewPerson> people, List<Long> ids, double seconds) {

    static Site build(DataSource dataSource, int contacts, long seed) {
        long t0 = System.nanoTime();
        int volunteers = contacts / 5;
        int newcomers = contacts * 6 / 100;
        CiviCrmSite.createSchema(dataSource);
        CiviCrmSite.addOthers(dataSource, contacts - volunteers - newcomers, seed);
        List<NewPerson> people = CiviCrmSite.generatedPeople(volunteers, newcomers, seed);
        List<Long> ids = CiviCrmSite.addPeople(dataSource, people);
        return new Site(contacts, volunteers, newcomers, people, ids, (System.nanoTime() - t0) / 1e9);
    }

    NewPerson volunteer(int index) {
        return people.get(index);
    }

    long volunteerId(int index) {
        return ids.get(index);
    }

    NewPerson newcomer(int index) {
        return people.get(volunteers + index);
    }

    long newcomerId(int index) {
        return ids.get(volunteers + index);
    }
}
