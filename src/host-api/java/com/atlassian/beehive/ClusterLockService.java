package com.atlassian.beehive;

// Checked: https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html (@PublicApi; ClusterLock getLockForName(String lockName); names up to 255 simple ASCII characters)
public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}
